import { type Catalog, callRoot, DEFAULT_CALL, listCalls, loadCatalog } from '@guide-forms/core/node';
import { catalogYears } from '@guide-forms/core/tooling';
import { SEVERITY_NOTE, yearTables } from './rule-table.js';

/** One call series' years in the rule table: where its rules are and which years are listed. */
export interface SeriesTables {
  call: string;
  /** `rules` for the default series, `calls/<series>/rules` for another. */
  rulesDir: string;
  catalog: Catalog;
  years: number[];
}

/**
 * The years a series' table lists: every published year, newest first — a page pinned to
 * `year="2022"` keeps 2022's rules after 2023 is published, so both are documented. A draft
 * (rollover not finalized) is not published and not listed, unless the series has nothing else.
 */
export function listedYears(catalog: Catalog): number[] {
  const all = catalogYears(catalog);
  const published = all.filter((y) => !catalog.years[y]?.call.draft);
  return [...(published.length ? published : all)].reverse();
}

/** Every series under `root` (the default first), each with its catalog and listed years. */
export function seriesTables(root: string): SeriesTables[] {
  return listCalls(root).map((call) => {
    const catalog = loadCatalog(callRoot(root, call));
    return { call, rulesDir: call === DEFAULT_CALL ? 'rules' : `calls/${call}/rules`, catalog, years: listedYears(catalog) };
  });
}

/** The heading anchor GitHub makes of a heading's text (lower case; spaces → `-`; other punctuation dropped). */
function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * `docs/rule-table.md`: the rules of every call series and year, a section each — for each, the
 * call's title and one table per rule file (id, forms, severity, title, the notice's clause,
 * section) — with a contents list at the top. `node scripts/rule-table.mjs` writes it; `--check`
 * and a test keep it current.
 *
 * @example
 * ruleTablesMarkdown(seriesTables('/repo')).includes('## yichang · 2022'); // true
 */
export function ruleTablesMarkdown(series: readonly SeriesTables[]): string {
  const sections = series.flatMap((s) =>
    s.years.map((year) => {
      const title = s.catalog.years[year]?.call.title['zh-CN'];
      return { s, year, heading: `${s.call} · ${year}`, title };
    }),
  );
  const lines = [
    '# 规则一览 / Rules of every call',
    '',
    '<!-- 由 `node scripts/rule-table.mjs` 根据每个征集系列的 rules/<year>/*.rules.json（大连在根目录，其他系列在 calls/<系列>/）生成，请勿手改；测试会检查它与规则文件一致。 -->',
    '<!-- Generated from every call series’ rules/<year>/*.rules.json (Dalian at the root, others in calls/<series>/) by `node scripts/rule-table.mjs`; do not edit — a test keeps it in sync. -->',
    '',
    ...SEVERITY_NOTE,
    '',
    ...sections.map(({ heading, title }) => `- [${heading}](#${anchor(heading)})${title ? ` — ${title}` : ''}`),
    '',
  ];
  for (const { s, year, heading, title } of sections) {
    lines.push(`## ${heading}`, '');
    if (title) lines.push(`${title}（\`${s.rulesDir}/${year}/call.json\`）`, '');
    lines.push(...yearTables(s.catalog, year, s.rulesDir, '###'));
  }
  return lines.join('\n');
}
