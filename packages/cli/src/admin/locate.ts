import { lineColumn } from '@guide-forms/core/node';
import { parsePointer } from '@guide-forms/core/tooling';
import { findNodeAtLocation, type Node, type Segment } from 'jsonc-parser';

/**
 * Line and column (1-based) of the value at a JSON Pointer in a parsed file. When the
 * pointer names something that is not there (a missing key), the nearest existing
 * ancestor is used, so every problem still points somewhere useful. A property is
 * located by its key (`"logic": …`), where an editor's cursor should go.
 *
 * @example
 * locate(text, tree, '/rules/0/logic'); // { line: 24, column: 7 }
 */
export function locate(text: string, tree: Node | undefined, pointer: string): { line: number; column: number } {
  if (!tree) return { line: 1, column: 1 };
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    segments = [];
  }
  const path: Segment[] = [];
  let node: Node = tree;
  for (const s of segments) {
    const next = [...path, node.type === 'array' && /^\d+$/.test(s) ? Number(s) : s];
    const found = findNodeAtLocation(tree, next);
    if (!found) break;
    path.splice(0, path.length, ...next);
    node = found;
  }
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return lineColumn(text, (key ?? node).offset);
}
