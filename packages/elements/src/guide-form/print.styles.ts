import { css } from 'lit';

/**
 * Paper: the filled form laid out as the attachment it replaces — title, fields, no buttons,
 * no eligibility messages or asterisks.
 */
export const printStyles = css`
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
