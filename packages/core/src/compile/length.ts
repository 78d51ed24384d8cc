import { _, type CodeKeywordDefinition, type KeywordCxt } from 'ajv/dist/2020.js';
import { useFunc } from 'ajv/dist/compile/util.js';
import ucs2 from 'ajv/dist/runtime/ucs2length.js';

/** ajv's counter (a CommonJS module: Node hands its `exports`, a bundler its `default`). */
const ucs2length = ((ucs2 as unknown as { default?: unknown }).default ?? ucs2) as unknown as { code: string };

/**
 * `maxLength` and `minLength` as ajv's own (characters counted by code point, `ucs2length`; the
 * same error: keyword, `{ limit }`), counting only when a string's `length` (UTF-16 units, free)
 * cannot decide: a string has at most as many code points as units and at least half as many.
 * So `maxLength` counts only a string longer in units than the limit, and `minLength` only one
 * shorter than twice it — with the limits of these forms (up to 20,000 characters, at least 1)
 * an answer that is filled in is almost never counted. Counting was a sixth of a check.
 *
 * @example
 * ajv.removeKeyword('maxLength').addKeyword(lengthKeyword('maxLength'));
 */
export function lengthKeyword(keyword: 'maxLength' | 'minLength'): CodeKeywordDefinition {
  return {
    keyword,
    type: 'string',
    schemaType: 'number',
    error: { message: '', params: ({ schemaCode }) => _`{limit: ${schemaCode}}` },
    code(cxt: KeywordCxt) {
      const { data, schemaCode, gen } = cxt;
      const count = useFunc(gen, ucs2length);
      cxt.fail(
        keyword === 'maxLength'
          ? _`${data}.length > ${schemaCode} && ${count}(${data}) > ${schemaCode}`
          : _`${data}.length < ${schemaCode} || (${data}.length < 2 * ${schemaCode} && ${count}(${data}) < ${schemaCode})`,
      );
    },
  };
}
