import type { BatchSettings } from '@guide-forms/core';
import type { Piece } from './pieces.js';
import { textAt, titleKey, unitKey } from './titles.js';

type FormPiece = Extract<Piece, { kind: 'form' }>;

/** One suggestion of a batch: its 征集表 and its 凝练表 (either may be missing), or a pair file, or a broken input. */
export type Suggestion =
  | { kind: 'pair'; category: string; data: unknown; summary: unknown; sources: string[] }
  | { kind: 'form'; category: string; data: unknown; sources: string[] }
  | { kind: 'summary-only'; category: string; summary: unknown; sources: string[] }
  | { kind: 'broken'; problem: string; sources: string[] };

/**
 * Pairs every 凝练表 with the 征集表 it names: the 凝练表's link gives the category and the
 * suggestion's title (compared without spacing and punctuation), and the two must come from
 * the same unit. Each half is used once; what is left stays alone, in input order. `summary`
 * is the call's summary category (call.json `pair.summary`); without one nothing is paired.
 */
export function pairUp(pieces: readonly Piece[], fields: BatchSettings['fields'], summary: string | undefined): Suggestion[] {
  const forms = pieces.filter((p): p is FormPiece => p.kind === 'form' && p.category !== summary);
  const used = new Set<FormPiece>();
  const partner = new Map<FormPiece, FormPiece>();
  for (const s of pieces) {
    if (s.kind !== 'form' || summary === undefined || s.category !== summary) continue;
    const category = textAt(s.data, fields.linkedCategory ?? []);
    const title = titleKey(textAt(s.data, fields.linkedTitle ?? []));
    const unit = unitKey(s.data, fields);
    const match = forms.find(
      (f) =>
        !used.has(f) &&
        f.category === category &&
        title !== '' &&
        titleKey(textAt(f.data, fields.title)) === title &&
        unitKey(f.data, fields) === unit,
    );
    if (match) {
      used.add(match);
      partner.set(match, s);
      partner.set(s, match);
    }
  }
  const out: Suggestion[] = [];
  for (const p of pieces) {
    if (p.kind === 'broken') out.push({ kind: 'broken', problem: p.problem, sources: [p.source] });
    else if (p.kind === 'pair') out.push({ kind: 'pair', category: p.category, data: p.data, summary: p.summary, sources: [p.source] });
    else if (p.category === summary) {
      // A paired 凝练表 is listed with its 征集表.
      if (!partner.has(p)) out.push({ kind: 'summary-only', category: p.category, summary: p.data, sources: [p.source] });
    } else {
      const s = partner.get(p);
      out.push(
        s
          ? { kind: 'pair', category: p.category, data: p.data, summary: s.data, sources: [p.source, s.source] }
          : { kind: 'form', category: p.category, data: p.data, sources: [p.source] },
      );
    }
  }
  return out;
}
