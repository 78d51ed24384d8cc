// The two submissions every validator is timed on: the key-rd eligible example, and the same
// with several schema errors (what a half-filled, mistyped form looks like).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function eligible() {
  return JSON.parse(readFileSync(join(ROOT, 'forms/key-rd/examples/eligible.json'), 'utf8'));
}

/** Eligible with 8 schema errors in 6 sections; `INVALID_POINTERS` lists them. */
export function invalid() {
  const d = eligible();
  d.unit.creditCode = '91210200MA0QCWF8'; // too short, wrong shape
  d.unit.mobile = '1399876543'; // 10 digits
  d.unit.email = 'wangln@'; // not an address
  d.content.title = ''; // empty (minLength 1)
  d.project.durationMonths = 0; // below minimum 1
  d.project.totalRdInvestment = -5; // money below 0
  d.indicators.milestones[1].dueMonth = '2023-13'; // no such month
  d.demander.marketProspect = ''; // required text left empty
  return d;
}

export const INVALID_POINTERS = [
  '/unit/creditCode',
  '/unit/mobile',
  '/unit/email',
  '/content/title',
  '/project/durationMonths',
  '/project/totalRdInvestment',
  '/indicators/milestones/1/dueMonth',
  '/demander/marketProspect',
];
