import type { PreparedYear } from './prepare.mjs';

/** Every finalized year (or only `year`) into `outDir`, with the entry modules serving them all. */
export function generate(options: { root: string; year?: number | undefined; outDir: string }): {
  dir: string;
  years: PreparedYear[];
  leftOut: { year: number; reason: string }[];
};
/** One year into `outDir/<year>/`. */
export function generateYear(options: { root: string; year?: number | undefined; outDir: string }): { dir: string; prepared: PreparedYear };
/** `value` as JavaScript: JSON, with each compiled logic's generated `source` written as the method `code(R) { … }`. */
export function moduleLiteral(value: unknown): string;
