import { css } from 'lit';
import { paperActionStyles } from '../export/paper-actions.styles.js';
import { fieldStyles } from './fields.styles.js';
import { journeyStyles } from './journey.styles.js';
import { panelStyles } from './panels.styles.js';
import { printStyles } from './print.styles.js';

/**
 * A calm government-form look: one readable column of labelled fields, sections as
 * bordered fieldsets, two columns of short fields on wide containers, one column
 * below ~600px (a container query, so a narrow sidebar embed gets it too).
 */
const layoutStyles = css`
  :host {
    --_accent: var(--gf-accent, #1d4f91);
    --_error: var(--gf-error, #b42318);
    --_warn: var(--gf-warn, #8a5a00);
    --_info: var(--gf-info, #1d6b4f);
    --_radius: var(--gf-radius, 4px);
    --_border: var(--gf-border, #8c96a3);
    --_bg: var(--gf-bg, #fff);
    --_text: var(--gf-text, #1b1f24);
    --_muted: var(--gf-muted, #4b5563);
    display: block;
    container-type: inline-size;
    font-family: var(--gf-font, system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif);
    font-size: 1rem;
    line-height: 1.6;
    color: var(--_text);
    max-width: 72rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .form {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .header h1 {
    font-size: 1.5rem;
    line-height: 1.35;
    margin: 0.25rem 0 0.5rem;
    text-align: center;
  }
  .header .call {
    margin: 0;
    color: var(--_muted);
    text-align: center;
    font-size: 0.9rem;
  }
  .header .attachment {
    display: block;
    font-size: 1rem;
    font-weight: 600;
    text-align: left;
  }
  .lead,
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0 0 0.25rem;
  }
  .body {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  fieldset {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem 1rem;
  }
  fieldset.group > legend {
    font-weight: 700;
    font-size: 1.1rem;
    color: var(--_accent);
    padding: 0 0.375rem;
  }
  fieldset.group fieldset.group > legend,
  fieldset.row > legend {
    font-size: 1rem;
  }
  fieldset.row {
    border-style: dashed;
    margin-top: 0.75rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem 1.5rem;
    align-items: start;
  }
  .fields > :is(.textarea, .group, .radio, .checkboxes, .list, .checkbox) {
    grid-column: 1 / -1;
  }
  @container (max-width: 600px) {
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
    fieldset {
      padding: 0.5rem 0.625rem 0.75rem;
    }
  }
`;

/** Everything `<guide-form>` looks like, in cascade order. */
export const styles = [layoutStyles, fieldStyles, panelStyles, journeyStyles, paperActionStyles, printStyles];
