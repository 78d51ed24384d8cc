import type { Finding, SchemaError, Verdict } from '@guide-forms/core';
import type { FieldMessage } from '../fields/context.js';
import { findingAnchor } from './finding-anchor.js';

const within = (pointer: string, at: string): boolean => pointer === at || pointer.startsWith(`${at}/`);

/**
 * A verdict's errors by pointer and findings by the field they show at, in the verdict's order;
 * `grouped`: the findings shown once at a group (R11 at 约束性指标), by each field they name.
 */
interface VerdictIndex {
  errors: Map<string, SchemaError[]>;
  findings: Map<string, Finding[]>;
  grouped: Map<string, { finding: Finding; anchor: string }[]>;
}

/**
 * Every field asks for its messages on every render: indexed once per verdict (a verdict is never
 * changed once made), each field's lookup is one `Map.get` instead of a pass over every error and
 * every finding's anchor.
 */
const indexes = new WeakMap<Verdict, VerdictIndex>();

function indexOf(verdict: Verdict): VerdictIndex {
  let index = indexes.get(verdict);
  if (!index) {
    index = { errors: new Map(), findings: new Map(), grouped: new Map() };
    for (const e of verdict.errors) push(index.errors, e.pointer, e);
    for (const f of verdict.findings) {
      const anchor = findingAnchor(f.pointers);
      push(index.findings, anchor, f);
      for (const p of f.pointers) if (p !== anchor) push(index.grouped, p, { finding: f, anchor });
    }
    indexes.set(verdict, index);
  }
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * When messages show — nothing red before the applicant has done anything: a field's errors once
 * it has been left (touched), a finding once every one of its fields on screen has been left, and
 * everything after a submit attempt. The eligibility panel and the section map follow the same rule.
 */
export class Reveal {
  /** Set by a submit attempt (or a blocked host-form submission): everything shows. */
  all = false;
  /** The fields left so far (the model's, which row operations also mark). */
  readonly touched: ReadonlySet<string>;
  /** The pointers drawn by the last render, to ignore a finding's fields that are not on screen. */
  onScreen: ReadonlySet<string> = new Set();

  /** Whether the form holds any answer (typed, restored from a draft or given by the host). */
  readonly #answered: () => boolean;

  constructor(touched: ReadonlySet<string>, answered: () => boolean = () => touched.size > 0) {
    this.touched = touched;
    this.#answered = answered;
  }

  field(pointer: string): boolean {
    return this.all || this.touched.has(pointer);
  }

  finding(f: Finding): boolean {
    if (this.all) return true;
    const shown = f.pointers.filter((p) => this.onScreen.has(p));
    const fields = shown.length ? shown : f.pointers;
    return fields.length > 0 && fields.every((p) => this.touched.has(p));
  }

  /** True once anything was left or a submit was attempted. */
  get started(): boolean {
    return this.all || this.touched.size > 0;
  }

  /**
   * True when the form holds answers — a value the host set or a restored draft counts,
   * though no field was left yet: a clean verdict on it can be said (nothing red is shown).
   */
  get answered(): boolean {
    return this.started || this.#answered();
  }

  /** The messages to show next to the field at `pointer` now. */
  messages(verdict: Verdict, pointer: string): FieldMessage[] {
    const { errors, findings } = indexOf(verdict);
    const out: FieldMessage[] = this.field(pointer) ? (errors.get(pointer) ?? []).map((e) => ({ kind: 'error', text: e.message })) : [];
    for (const f of findings.get(pointer) ?? []) if (this.finding(f)) out.push({ kind: f.severity, text: f.message });
    return out;
  }

  /**
   * The shown findings that name the field at `pointer` but show at a group above it: where
   * their message is (the anchors, for `aria-describedby`), and whether the field is to blame —
   * a blocking finding's empty field, or every field of it when none is empty (a wrong pair).
   */
  grouped(verdict: Verdict, pointer: string, empty: (pointer: string) => boolean): { anchors: string[]; invalid: boolean } {
    const anchors: string[] = [];
    let invalid = false;
    for (const { finding, anchor } of indexOf(verdict).grouped.get(pointer) ?? []) {
      if (!this.finding(finding)) continue;
      if (!anchors.includes(anchor)) anchors.push(anchor);
      invalid ||= finding.severity === 'block' && (empty(pointer) || !finding.pointers.some(empty));
    }
    return { anchors, invalid };
  }

  /** Problems shown inside a section, and whether it has none at all (shown or not). */
  section(verdict: Verdict, at: string): { shown: number; clear: boolean } {
    const errors = verdict.errors.filter((e) => within(e.pointer, at));
    const blocks = verdict.findings.filter((f) => f.severity === 'block' && f.pointers.some((p) => within(p, at)));
    const shown =
      errors.filter((e) => this.field(e.pointer)).length +
      blocks.filter((f) => within(findingAnchor(f.pointers), at) && this.finding(f)).length;
    return { shown, clear: errors.length === 0 && blocks.length === 0 };
  }
}
