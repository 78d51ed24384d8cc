export const NOW: string;
export interface Outcome {
  valid: boolean;
  errors: number;
}
export interface Bench {
  id: string;
  label: string;
  what: string;
  prepare(data: object): () => Outcome | Promise<Outcome>;
}
export function validators(): Bench[];
