export interface Condition {
  pointer: string;
  values: unknown[];
}
export interface FieldNode {
  name: string;
  pointer: string;
  title: string;
  description: string | undefined;
  type: string;
  widget: string;
  schema: Record<string, unknown>;
  required: boolean;
  when: Condition[] | null;
  children?: FieldNode[];
  item?: FieldNode;
}
export function node(schema: object, name: string, pointer: string, required?: boolean, when?: Condition[] | null): FieldNode;
export function fieldTree(schema: object): FieldNode;
export function allPointers(tree: FieldNode): string[];
export function leafPointers(tree: FieldNode): string[];
export function dotted(pointer: string): string;
