import { GuideFormsError, type Lang } from '@guide-forms/core';
import type { FormEngine } from '@guide-forms/core/tooling';

/**
 * Where `<guide-form>` gets its engine. Tests and Storybook register the dev source
 * (runtime ajv over the repository's files); production bundles register a
 * precompiled one, so no validator is compiled in the browser.
 *
 * @example
 * setFormSource({ load: async (category, year) => engine });
 */
export interface FormSource {
  /**
   * An engine that can evaluate `category` (in `year`, default: its latest) of the call series `call`
   * (default: `dalian`), with its texts in `lang` (a source may fetch English only when asked: the
   * element loads again, keeping the data, when its `lang` becomes `en`). Rejects with GuideFormsError.
   */
  load(category: string, year?: number, call?: string, lang?: Lang): Promise<FormEngine>;
}

let current: FormSource | null = null;

/** Registers the source every `<guide-form>` loads its engine from. The last call wins. */
export function setFormSource(source: FormSource): void {
  current = source;
}

/** The registered source; throws `GuideFormsError('no-source')` when none is set. */
export function getFormSource(): FormSource {
  if (!current) {
    throw new GuideFormsError(
      'no-source',
      '<guide-form> 没有表单来源：请加载 dist/guide-form.js（已包含全部表单），或先调用 setFormSource()',
    );
  }
  return current;
}
