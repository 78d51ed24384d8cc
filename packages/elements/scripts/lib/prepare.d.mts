import type { CallFile, JsonSchema, RuleFile } from '@guide-forms/core';

export interface PreparedForm {
  category: string;
  /** Options applied, `$ref`s kept: what ajv compiles. */
  schema: JsonSchema;
  rules: RuleFile | null;
}

export interface PreparedYear {
  year: number;
  call: CallFile;
  /** Options applied, by `$id`. */
  shared: Record<string, JsonSchema>;
  common: RuleFile | null;
  files: Record<string, string>;
  forms: PreparedForm[];
  /** Categories of the call without `forms/<category>/schema.json`. */
  missing: string[];
}

export function prepareYear(root: string, year?: number): PreparedYear;
