import { css } from 'lit';

/**
 * Controls: labels, inputs, choices, rows, messages next to fields and buttons.
 */
export const fieldStyles = css`
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
  /* A text box is a layout root: size and layout containment, and a block parent (a flex item never is
     one). Typing then lays out the box alone, not the fieldset and grids of the whole form around it: at
     1×, 1.0 → 0.2 ms of layout per key on key-rd (RESULTS §17). Its height stays its four rows (Chromium
     keeps rows under size containment; 4lh says so for an engine that would not) or what the applicant
     drags it to. Paper lets it grow to its text again (print.styles.ts). */
  .textarea > .control {
    display: block;
  }
  /* A one-line text box the same way (a number keeps its row: box and unit side by side). Screen only:
     on paper a date's box gives way to its printed text beside it, in the row. */
  @media screen {
    .text > .control {
      display: block;
    }
    .text > .control > input {
      display: block;
      width: 100%;
      contain: size layout;
    }
  }
  textarea {
    display: block;
    width: 100%;
    resize: vertical;
    min-height: 6rem;
    contain: size layout;
    contain-intrinsic-block-size: 4lh;
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
  button:disabled,
  button[aria-disabled='true'] {
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
`;
