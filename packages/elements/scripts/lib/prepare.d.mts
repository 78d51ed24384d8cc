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

export interface YearChoice {
  /** The years to build, oldest first. */
  years: number[];
  /** Every other year under rules/, and why it is left out. */
  leftOut: { year: number; reason: string }[];
}

export function chooseYears(root: string, only?: number): YearChoice;
