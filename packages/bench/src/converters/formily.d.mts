export interface FormilyProperty {
  type?: string;
  title?: string;
  properties?: Record<string, FormilyProperty>;
  items?: FormilyProperty;
  'x-component'?: string;
  'x-reactions'?: unknown;
  [k: string]: unknown;
}
export function toFormily(schema: object): FormilyProperty;
