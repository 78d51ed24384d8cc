import type { PreparedYear } from './prepare.mjs';

export function generate(options: { root: string; year?: number | undefined; outDir: string }): { dir: string; prepared: PreparedYear };
