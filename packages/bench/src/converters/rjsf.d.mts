export function toRjsf(schema: object): { schema: object; uiSchema: Record<string, unknown> };
