import { css } from 'lit';

/**
 * The error summary, the load-error panel and the eligibility panel (route, window, findings).
 */
export const panelStyles = css`
  .print-only {
    display: none;
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
  /* One label column for every row, as wide as the widest label (“Submission window” in English
     would wrap in a fixed 6rem); a browser without subgrid keeps the fixed column. */
  .facts {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
  }
  .facts > div {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: 6rem minmax(0, 1fr);
    grid-template-columns: subgrid;
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
`;
