export interface UiElement {
  type: string;
  scope?: string;
  label?: string;
  elements?: UiElement[];
  options?: { detail?: UiElement; multi?: boolean; format?: string };
  rule?: unknown;
}
export function hoistConditionals<T>(schema: T): T;
export function toJsonForms(schema: object): { schema: Record<string, unknown>; uischema: UiElement };
