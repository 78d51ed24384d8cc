import { css } from 'lit';

/**
 * What guides the applicant through the form: the essentials under the title, draft and
 * submission notices, the section map (sticky beside the form on wide containers, a compact
 * list above it on narrow ones), the review step, and the 年/月 boxes of a month.
 */
export const journeyStyles = css`
  .essentials {
    display: grid;
    gap: 0.25rem;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: #f6f8fb;
    font-size: 0.9375rem;
  }
  .fact {
    margin: 0;
  }
  .fact-label {
    font-weight: 700;
    margin-right: 0.5rem;
  }
  .fact.window.closed,
  .fact.window.before {
    color: var(--_error);
    font-weight: 600;
  }
  .fact .pending {
    color: var(--_muted);
  }
  .fact .submission {
    display: inline;
    margin-left: 0.5rem;
  }
  .how summary {
    cursor: pointer;
    font-weight: 700;
    color: var(--_accent);
  }
  .how ol {
    margin: 0.25rem 0;
    padding-left: 1.5rem;
  }
  .how p {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.875rem;
    border-left: 4px solid var(--_info);
    background: #eef7f2;
    border-radius: var(--_radius);
  }
  .draft-notices {
    display: grid;
    gap: 0.5rem;
  }
  .notice.draft-aside,
  .notice.draft-full,
  .notice.submit-failed {
    border-left-color: var(--_error);
    background: #fdf1f0;
  }
  .layout {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .main {
    display: grid;
    gap: 1.25rem;
    min-width: 0;
  }
  .toc {
    font-size: 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .toc h2 {
    font-size: 0.9375rem;
    margin: 0 0 0.25rem;
  }
  .toc ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .toc a {
    color: var(--_accent);
  }
  .toc-state {
    color: var(--_muted);
    margin-left: 0.25rem;
  }
  .toc-state::before {
    content: '· ';
  }
  .toc-item.done .toc-state {
    color: var(--_info);
  }
  .toc-item.problems .toc-state {
    color: var(--_error);
    font-weight: 600;
  }
  @container (min-width: 56rem) {
    .layout.with-toc {
      grid-template-columns: 12rem minmax(0, 1fr);
      align-items: start;
    }
    .toc {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow: auto;
    }
    .toc ol {
      display: grid;
      gap: 0.375rem;
    }
    .toc-state {
      display: block;
      margin-left: 0;
    }
    .toc-state::before {
      content: none;
    }
  }
  .review h2 {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  .review h3 {
    font-size: 1.05rem;
    color: var(--_accent);
    margin: 1rem 0 0.25rem;
  }
  .answers {
    margin: 0;
    border-top: 1px solid var(--_border);
  }
  .answer {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) minmax(0, 3fr) auto;
    gap: 0.25rem 1rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .answer dt {
    font-weight: 600;
  }
  .answer dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .answer .value {
    white-space: pre-wrap;
  }
  .answer.missing .value {
    color: var(--_muted);
  }
  .answer .change a {
    color: var(--_accent);
  }
  @container (max-width: 600px) {
    .answer {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .answer dt {
      grid-column: 1 / -1;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .header h1:focus,
  .review h2:focus,
  .notice:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  fieldset.month {
    border: 0;
    padding: 0;
  }
  fieldset.month > legend {
    padding: 0;
    font-weight: 600;
  }
  .month-parts {
    display: flex;
    gap: 0.75rem;
  }
  .month-part {
    display: grid;
  }
  .month-part input.year {
    width: 6.5em;
  }
  .month-part input.mon {
    width: 4.5em;
  }
  @media print {
    .toc,
    .essentials,
    .notice,
    .draft-notices {
      display: none !important;
    }
    .layout.with-toc {
      grid-template-columns: minmax(0, 1fr) !important;
    }
  }
`;
