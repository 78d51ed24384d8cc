export interface SurveyElement {
  type?: string;
  cellType?: string;
  name: string;
  elements?: SurveyElement[];
  columns?: SurveyElement[];
  visibleIf?: string;
  isRequired?: boolean;
  validators?: { type: string; [k: string]: unknown }[];
}
export function surveyName(pointer: string): string;
export function toSurvey(schema: object): { title: string; pages: { name: string; elements: SurveyElement[] }[] };
export function toSurveyData(data: unknown, pointer?: string, out?: Record<string, unknown>): Record<string, unknown>;
