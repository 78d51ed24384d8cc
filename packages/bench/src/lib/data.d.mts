export const ROOT: string;
export function eligible(): Record<string, unknown>;
export function invalid(): Record<string, unknown>;
export const INVALID_POINTERS: string[];
