import { css } from 'lit';

/**
 * Paper: the filled form laid out as the attachment it replaces — title, fields, no buttons,
 * no eligibility messages or asterisks, no widget chrome.
 *
 * Chromium miscomputes the height of a `<fieldset>` continued on a later page (its content
 * then paints over what follows), and a fieldset kept whole with `break-inside: avoid` that is
 * taller than a page overflows the same way. So on paper the sections and lists are not boxes:
 * their legends become headings with a rule, and only small boxes — a nested group (约束性指标),
 * one row of a list (考核节点 第 1 条), one field — are kept whole on a page. Grids become blocks
 * (inline-block halves), which fragment reliably.
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
    .paper-actions,
    .error-summary,
    .count,
    .row-actions,
    .hint,
    .lead,
    .req,
    .messages,
    .panel .pending,
    .panel .with-errors {
      display: none !important;
    }
    .header h1 {
      font-size: 16pt;
    }
    .panel .print-only {
      display: block;
      font-weight: 600;
    }
    .form,
    .layout,
    .main,
    .body,
    .fields {
      display: block;
    }
    .form > * + *,
    .body > * + * {
      margin-top: 10pt;
    }
    .body > fieldset,
    .fields > fieldset.group.rows {
      display: contents;
    }
    .body > fieldset > legend,
    fieldset.group.rows > legend {
      display: block;
      width: 100%;
      margin: 14pt 0 6pt;
      padding: 0 0 2pt;
      border-bottom: 1.5pt solid #000;
      color: #000;
      break-after: avoid;
    }
    .fields > * {
      display: inline-block;
      vertical-align: top;
      width: calc(50% - 8pt);
      margin: 0 8pt 8pt 0;
    }
    .fields > :is(.textarea, .group, .radio, .checkboxes, .list, .checkbox, fieldset) {
      display: block;
      width: auto;
      margin-right: 0;
    }
    fieldset {
      border-color: #000;
    }
    fieldset fieldset,
    .field,
    .panel li,
    .panel .facts > div {
      break-inside: avoid;
    }
    legend,
    .panel h2,
    .panel h3 {
      break-after: avoid;
      color: #000;
    }
    input:not([type='radio'], [type='checkbox']),
    select,
    textarea {
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
      resize: none;
      color: #000;
      background: none;
    }
    select {
      appearance: none;
      background-image: none;
    }
    /* An unchosen list prints as a blank line to write on, not as “请选择”. */
    select:has(> option[value='-1']:checked) {
      color: transparent;
    }
    input[type='radio'],
    input[type='checkbox'] {
      accent-color: #000;
    }
    textarea {
      field-sizing: content;
      min-height: 0;
      contain: none;
    }
    /* A month is two boxes, 年 and 月, each under its label: on paper they read 2022年12月. */
    .month-parts {
      gap: 0;
    }
    .form:lang(zh) .month-part {
      display: inline-flex;
      flex-direction: row-reverse;
      align-items: baseline;
      gap: 0;
    }
    .month-part label {
      margin: 0;
      padding: 0;
      font-weight: normal;
    }
    .month-part input.year,
    .month-part input.mon {
      field-sizing: content;
      width: auto;
      min-width: 0;
      padding: 0 0.1em;
      border: 0;
    }
    /* A date input prints in the browser's language (“11/01/2021”): print 2021年11月1日 instead. */
    .control[data-print] > input {
      display: none;
    }
    .control[data-print]::before {
      content: attr(data-print);
      flex: 1;
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid #000;
    }
    .panel {
      background: none;
      border: 1px solid #000;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    ::-webkit-calendar-picker-indicator,
    ::-webkit-inner-spin-button {
      display: none;
    }
  }
`;
