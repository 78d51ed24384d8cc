/** `code` (an ESM module of ajv standalone output) with one copy of each repeated declaration. */
export function dedupeStandalone(code: string): string;
