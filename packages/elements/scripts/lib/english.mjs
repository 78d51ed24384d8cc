// Splits the English texts out of the data a page ships: a Chinese page (the default) never
// fetches them; `lang="en"` fetches the overlay and merges it back (entries/english.ts).

/** A key holding English text: `en` (of `{ "zh-CN", en }`), `x-…-en`, `…En` (`optionsEn`, `nameEn`). */
export function isEnglishKey(key) {
  return key === 'en' || /^x-.+-en$/.test(key) || /[a-z]En$/.test(key);
}

/**
 * `value` without its English keys, and the overlay that puts them back: the same tree, holding
 * only the English keys and the objects (arrays as objects by index) on the way to them.
 * @returns {{ base: unknown, en: object | undefined }} `en` is undefined when there is no English
 */
export function splitEnglish(value) {
  if (Array.isArray(value)) {
    const en = {};
    const base = value.map((item, i) => {
      const part = splitEnglish(item);
      if (part.en !== undefined) en[i] = part.en;
      return part.base;
    });
    return { base, en: Object.keys(en).length ? en : undefined };
  }
  if (value === null || typeof value !== 'object') return { base: value, en: undefined };
  const base = {};
  const en = {};
  for (const [key, item] of Object.entries(value)) {
    if (isEnglishKey(key)) {
      en[key] = item;
      continue;
    }
    const part = splitEnglish(item);
    base[key] = part.base;
    if (part.en !== undefined) en[key] = part.en;
  }
  return { base, en: Object.keys(en).length ? en : undefined };
}
