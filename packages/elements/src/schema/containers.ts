import { getPointer, parsePointer, setPointer } from '@guide-forms/core/tooling';

/**
 * Creates the arrays and objects on the way to `pointer` that are missing, choosing an
 * array where the next segment is an index — so writing `/classification/keywords/0`
 * into `{}` makes `keywords` a list, not `{ "0": … }`.
 *
 * @example
 * withContainers({}, '/a/0/b'); // { a: [ {} ] }
 */
export function withContainers<T>(data: T, pointer: string): T {
  const segments = parsePointer(pointer);
  let out = data;
  let at = '';
  for (let i = 0; i < segments.length - 1; i++) {
    at += `/${(segments[i] as string).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const node = getPointer(out, at);
    if (typeof node !== 'object' || node === null) out = setPointer(out, at, /^\d+$/.test(segments[i + 1] as string) ? [] : {});
  }
  return out;
}
