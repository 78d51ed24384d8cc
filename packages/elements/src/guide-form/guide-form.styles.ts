import { css } from 'lit';

/**
 * A calm government-form look: one readable column of labelled fields, sections as
 * bordered fieldsets, two columns of short fields on wide containers, one column
 * below ~600px (a container query, so a narrow sidebar embed gets it too).
 */
export const styles = css`
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
    max-width: 60rem;
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
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  fieldset.field {
    border: 0;
    padding: 0;
  }
  fieldset.field > legend,
  label {
    font-weight: 600;
    padding: 0;
  }
  .req {
    color: var(--_error);
    margin-left: 0.2em;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-width: 0;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.375rem 0.5rem;
    min-height: 2.5rem;
    flex: 1 1 10rem;
    min-width: 0;
    max-width: 100%;
  }
  .number input {
    flex: 0 1 12rem;
    text-align: right;
  }
  textarea {
    flex-basis: 100%;
    resize: vertical;
    min-height: 6rem;
  }
  .count {
    text-align: right;
    line-height: 1.2;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .count.over {
    color: var(--_error);
    font-weight: 600;
  }
  .unit {
    color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--_error);
    border-width: 2px;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 400;
    min-height: 2rem;
  }
  .check label {
    font-weight: 400;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .item label {
    font-weight: 400;
    min-width: 4.5rem;
  }
  .messages {
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875rem;
    flex-basis: 100%;
  }
  .msg::before {
    content: '';
    display: inline-block;
    width: 0.25rem;
    height: 0.9em;
    margin-right: 0.4rem;
    background: currentColor;
    vertical-align: -0.1em;
  }
  .msg.error,
  .msg.block {
    color: var(--_error);
    font-weight: 600;
  }
  .msg.warn {
    color: var(--_warn);
  }
  .msg.info {
    color: var(--_info);
  }
  button {
    font: inherit;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    padding: 0.375rem 1rem;
    min-height: 2.5rem;
    cursor: pointer;
  }
  button.small {
    padding: 0.125rem 0.625rem;
    min-height: 2rem;
    font-size: 0.875rem;
  }
  button.primary {
    background: var(--_accent);
    color: #fff;
    font-weight: 600;
    padding-inline: 2rem;
  }
  button.danger {
    border-color: var(--_error);
    color: var(--_error);
  }
  button:disabled {
    opacity: 0.45;
    cursor: not-allowed;
  }
  button.add {
    margin-top: 0.75rem;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .ready {
    color: var(--_info);
    font-weight: 600;
  }
  .error-summary,
  .load-error {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: #fff;
  }
  .error-summary h2,
  .load-error h2 {
    margin: 0 0 0.25rem;
    font-size: 1.15rem;
    color: var(--_error);
  }
  .error-summary p {
    margin: 0 0 0.25rem;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .load-error dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  .load-error dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .panel {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: #f6f8fb;
  }
  .panel h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  .panel h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .panel h3.block {
    color: var(--_error);
  }
  .panel h3.warn {
    color: var(--_warn);
  }
  .panel h3.info {
    color: var(--_info);
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .facts > div {
    display: grid;
    grid-template-columns: 6rem minmax(0, 1fr);
    gap: 0.75rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .window.closed dd,
  .window.before dd {
    color: var(--_error);
    font-weight: 600;
  }
  .submission {
    display: block;
    color: var(--_muted);
  }
  .findings {
    margin: 0;
    padding-left: 1.25rem;
  }
  .finding {
    margin-bottom: 0.375rem;
  }
  .clause {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .clause-label {
    font-weight: 600;
  }
  @container (max-width: 600px) {
    .facts > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  @media print {
    :host {
      max-width: none;
      font-size: 11pt;
      color: #000;
    }
    button,
    .actions,
    .error-summary,
    .count,
    .row-actions,
    .hint,
    .lead,
    .req,
    .messages {
      display: none !important;
    }
    .header h1 {
      font-size: 16pt;
    }
    fieldset {
      border-color: #000;
      break-inside: avoid;
    }
    input:not([type='radio'], [type='checkbox']),
    select,
    textarea {
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
      resize: none;
    }
    textarea {
      field-sizing: content;
      min-height: 0;
    }
    .panel {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
    ::-webkit-calendar-picker-indicator {
      display: none;
    }
  }
`;
