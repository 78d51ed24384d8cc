import type { OutputChunk } from 'rollup';

export const FORBIDDEN: { what: string; re: RegExp }[];
export function bundle(options: { generatedDir: string; distDir: string; forms?: string[] }): Promise<OutputChunk[][]>;
export function bundleForNode(options: { generatedDir: string; outDir: string }): Promise<{ esm: string; iife: string; english: string }>;
export function forbiddenIn(distDir: string): string[];
export function sizes(path: string): { min: number; gzip: number };
export function filesForCategory(chunks: OutputChunk[], category: string, year?: number): string[];
