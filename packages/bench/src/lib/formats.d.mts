export const FORMAT_PATTERNS: Record<string, string>;
export function ajvFormats(): Record<string, RegExp>;
