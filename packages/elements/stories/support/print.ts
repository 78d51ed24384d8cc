import { printStyles } from '../../src/guide-form/print.styles.js';

/** The body of the first `@media print { … }` block in a CSS text, or '' when there is none. */
export function printRules(cssText: string): string {
  const start = cssText.indexOf('@media print');
  if (start < 0) return '';
  const open = cssText.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < cssText.length; i++) {
    if (cssText[i] === '{') depth++;
    else if (cssText[i] === '}' && --depth === 0) return cssText.slice(open + 1, i);
  }
  throw new Error('stories: unbalanced @media print block in print.styles.ts');
}

/**
 * The element's print rules as a sheet that applies on screen, so the print layout can
 * be seen and tested without emulating print media (which a story cannot do).
 */
export function printSheet(): CSSStyleSheet {
  const rules = printRules(printStyles.cssText);
  if (!rules) throw new Error('stories: guide-form.styles.ts has no @media print block');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  return sheet;
}
