import type { Logic } from '../types.js';
import { BINDINGS, INLINE_BINARY, isExactJson, isPrimitive, str, UnwritableLogic } from './codegen-text.js';
import { OPS } from './ops.js';
import { keysOfPath } from './read.js';

/**
 * Compiled JSON-Logic written out as JavaScript: each rule reads the fields it names with fixed
 * property names (`Object.hasOwn` and a direct read per step, as ajv's generated validators read
 * data), comparisons and arithmetic inline, and the rest through the runtime the closure
 * interpreter uses (`runtime.ts`) — so the answers are the interpreter's (and json-logic-js
 * 2.0.5's on sanitized data), operator by operator; `test/logic/codegen-parity.test.ts` holds
 * the three together.
 *
 * The output is the body of a factory `function (R) { … }` taking {@link LogicRuntime}: the
 * element's build writes it into the page's catalog modules as code (no `eval` in the page: its
 * CSP forbids it), Node turns the same text into a function with `new Function` (`generated.ts`).
 *
 * Rule files are administrators' data: every value and name taken from them enters the text as
 * a JSON string or number literal (`JSON.stringify`, U+2028/2029 escaped), objects through
 * `JSON.parse` of such a literal (a `"__proto__"` key stays an own key); operator names are only
 * ever looked up as quoted keys of the operator table. Nothing from a rule is written as code.
 */

export { UnwritableLogic } from './codegen-text.js';

/** The temporaries of one generated function. */
class Scope {
  readonly temps: string[] = [];
  /** The function's data is an item of a list (`map`, `all`, …), not the data judged. */
  constructor(readonly item = false) {}
  temp(): string {
    const name = `t${this.temps.length}`;
    this.temps.push(name);
    return name;
  }
}

/** Builds one factory body: hoisted readers, constants and inner functions, then the rule's function. */
class Writer {
  readonly hoisted: string[] = [];
  readonly used = new Set<string>();
  readonly readers = new Map<string, string>();
  count = 0;

  /** A name bound from the runtime at the top of the factory. */
  rt(name: string): string {
    if (!Object.hasOwn(BINDINGS, name)) throw new Error(`codegen: no runtime binding ${name}`);
    this.used.add(name);
    return name;
  }

  fresh(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  literal(value: unknown): string {
    if (value === undefined) return 'undefined';
    if (value === null) return 'null';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') {
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '(-Infinity)';
      if (Object.is(value, -0)) return '(-0)';
      return value < 0 ? `(${JSON.stringify(value)})` : JSON.stringify(value);
    }
    if (typeof value === 'string') return str(value);
    if (typeof value === 'object' && isExactJson(value)) {
      // One object per function, as the interpreter returns the same literal on every call.
      const name = this.fresh('c');
      this.hoisted.push(`const ${name} = JSON.parse(${str(JSON.stringify(value))});`);
      return name;
    }
    throw new UnwritableLogic(`cannot write ${typeof value} as code`);
  }

  /** A frozen list of values written in the logic, made once (only read, never returned). */
  constantList(values: readonly unknown[]): string {
    const name = this.fresh('c');
    this.hoisted.push(`const ${name} = Object.freeze([${values.map((v) => this.literal(v)).join(', ')}]);`);
    return name;
  }

  /**
   * The reader of a path written in the logic: `readKeys`' walk with the keys fixed. The data is
   * JSON as `cleanData` gives it (objects whose prototype is `Object.prototype`, or sanitized
   * views, which inherit no named property): so a key `Object.prototype` does not hold can only
   * be read as an own property, and only for the others (`toString`, `__proto__`, a polluting
   * key) is `Object.hasOwn` asked. Anything but such an object — a list, a text, null, reduce's
   * context — goes the generic way from the start, which gives the same answer. `item`: the
   * walk starts at an item of a list (`map`, `all`, …), which may be reduce's context.
   */
  reader(keys: readonly string[], item: boolean): string {
    const id = `${item ? 'i' : 'd'}${JSON.stringify(keys)}`;
    const known = this.readers.get(id);
    if (known) return known;
    const name = this.fresh('r');
    const all = this.fresh('k');
    const K = this.rt('K');
    const H = this.rt('H');
    const OP = this.rt('OP');
    const RC = item ? this.rt('RC') : '';
    const steps = keys.map((key, i) => {
      const k = str(key);
      const context = i === 0 && item ? ` || t instanceof ${RC}` : '';
      return [
        `  if (!${this.rt('J')}(t)${context}) return ${K}(d, ${all}, nf, vw);`,
        `  if ((${k} in ${OP} && !${H}(t, ${k})) || (t = t[${k}]) === undefined) return nf;`,
      ].join('\n');
    });
    this.hoisted.push(
      `const ${all} = [${keys.map(str).join(', ')}];`,
      `function ${name}(d, nf, vw) {\n  let t = d;\n${steps.join('\n')}\n  return vw ? ${this.rt('SV')}(t) : t;\n}`,
    );
    this.readers.set(id, name);
    return name;
  }

  /** A function of the data (the rule, or the inner logic of `map`, `all`, …) hoisted into the factory. */
  fn(node: unknown): string {
    const scope = new Scope(true);
    const body = this.node(node, scope);
    const name = this.fresh('f');
    const temps = scope.temps.length ? `let ${scope.temps.join(', ')}; ` : '';
    this.hoisted.push(`function ${name}(d) { ${temps}return ${body}; }`);
    return name;
  }

  node(node: unknown, s: Scope): string {
    if (Array.isArray(node)) return `[${node.map((item) => this.node(item, s)).join(', ')}]`;
    // json-logic-js's `is_logic`: an object with exactly one key; anything else is a literal.
    if (typeof node !== 'object' || node === null || Object.keys(node).length !== 1) return this.literal(node);
    const op = Object.keys(node)[0] as string;
    const raw = (node as Record<string, unknown>)[op];
    return this.operation(op, Array.isArray(raw) ? raw : [raw], s);
  }

  /** The reads of `missing`: each path compared with null and "" (no view needed). */
  absentKeys(keys: readonly unknown[], s: Scope, out: string): string {
    return keys
      .map((key) => {
        const path = keysOfPath(key);
        const read = path === null ? `${this.rt('K')}(d, null, null, false)` : `${this.reader(path, s.item)}(d, null, false)`;
        const v = s.temp();
        return `((${v} = ${read}) === null || ${v} === "") && ${out}.push(${this.literal(key)})`;
      })
      .join(', ');
  }

  operation(op: string, given: readonly unknown[], s: Scope): string {
    const arg = (i: number): string => (i < given.length ? this.node(given[i], s) : 'undefined');
    const args = (): string[] => given.map((g) => this.node(g, s));
    const T = (expr: string): string => `${this.rt('T')}(${expr})`;
    switch (op) {
      case 'if':
      case '?:': {
        const a = args();
        let i = 0;
        const conds: [string, string][] = [];
        for (; i < a.length - 1; i += 2) conds.push([a[i] as string, a[i + 1] as string]);
        let out = a.length === i + 1 ? (a[i] as string) : 'null';
        for (let j = conds.length - 1; j >= 0; j--) {
          const [c, v] = conds[j] as [string, string];
          out = `(${T(c)} ? ${v} : ${out})`;
        }
        return out;
      }
      case 'and':
      case 'or': {
        const a = args();
        if (!a.length) return 'undefined';
        const t = s.temp();
        let out = a[a.length - 1] as string;
        for (let j = a.length - 2; j >= 0; j--) out = `((${t} = ${a[j]}), ${op === 'and' ? '!' : ''}${T(t)} ? ${t} : ${out})`;
        return out;
      }
      case 'filter':
      case 'map':
      case 'all':
      case 'none':
      case 'some':
      case 'reduce': {
        const source = arg(0);
        const inner = this.fn(given.length > 1 ? given[1] : undefined);
        if (op === 'reduce') return `R.reduce(${source}, ${inner}, ${given.length > 2 ? this.node(given[2], s) : 'null'})`;
        return `R.${op}(${source}, ${inner})`;
      }
      case 'var':
        return this.variable(given, s);
      case 'missing': {
        if (!given.every(isPrimitive)) return `R.missing(d, [${args().join(', ')}])`;
        const out = s.temp();
        const checks = this.absentKeys(given, s, out);
        return `(${out} = []${checks ? `, ${checks}` : ''}, ${out})`;
      }
      case 'missing_some': {
        const written = given[1];
        if (!Array.isArray(written) || !written.every(isPrimitive)) return `R.missingSome(d, ${arg(0)}, ${arg(1)})`;
        const need = s.temp();
        const out = s.temp();
        const checks = this.absentKeys(written, s, out);
        return `(${need} = ${arg(0)}, ${out} = []${checks ? `, ${checks}` : ''}, ${written.length} - ${out}.length >= ${need} ? [] : ${out})`;
      }
      default:
        return this.operator(op, given, s);
    }
  }

  variable(given: readonly unknown[], s: Scope): string {
    const K = this.rt('K');
    const hasFallback = given.length > 1;
    const fallback = given[1];
    if (given.length && isPrimitive(given[0])) {
      const keys = keysOfPath(given[0]);
      if (keys === null) {
        if (!hasFallback) return `${K}(d, null, null)`;
        const f = s.temp();
        return `(${f} = ${this.node(fallback, s)}, ${K}(d, null, ${f} === undefined ? null : ${f}))`;
      }
      const read = this.reader(keys, s.item);
      const vw = `${this.rt('VW')}()`;
      if (!hasFallback) return `${read}(d, null, ${vw})`;
      if (isPrimitive(fallback)) return `${read}(d, ${this.literal(fallback === undefined ? null : fallback)}, ${vw})`;
      const t = s.temp();
      const A = this.rt('A');
      if (Array.isArray(fallback) && fallback.every(isPrimitive)) {
        // A list of values written as the default: made afresh only when it is needed.
        return `((${t} = ${read}(d, ${A}, ${vw})) === ${A} ? ${this.node(fallback, s)} : ${t})`;
      }
      const f = s.temp();
      return `(${f} = ${this.node(fallback, s)}, (${t} = ${read}(d, ${A}, ${vw})) === ${A} ? (${f} === undefined ? null : ${f}) : ${t})`;
    }
    const path = given.length ? this.node(given[0], s) : 'undefined';
    if (!hasFallback) return `R.readVar(d, ${path}, null)`;
    const f = s.temp();
    return `(${f} = ${this.node(fallback, s)}, R.readVar(d, ${path}, ${f} === undefined ? null : ${f}))`;
  }

  /** The operators that take evaluated arguments, inline where JavaScript's own operator is JSON-Logic's. */
  operator(op: string, given: readonly unknown[], s: Scope): string {
    // An operator the table does not hold throws when run, its arguments never evaluated.
    if (!Object.hasOwn(OPS, op)) return `R.unknown(${str(op)})`;
    const n = given.length;
    const a = given.map((g) => this.node(g, s));
    const N = (expr: string): string => `${this.rt('N')}(${expr})`;
    switch (true) {
      case op === '!!' && n === 1:
        return `${this.rt('T')}(${a[0]})`;
      case op === '!' && n === 1:
        return `!${this.rt('T')}(${a[0]})`;
      case op === 'today' && n === 1 && isPrimitive(given[0]):
        return `R.today(${a[0]})`;
      case op === '-' && n === 1:
        return `(-${a[0]})`;
      case op === '-' && n === 2: {
        const x = s.temp();
        const y = s.temp();
        return `(${x} = ${a[0]}, ${y} = ${a[1]}, ${y} === undefined ? -${x} : ${x} - ${y})`;
      }
      case op === '*' && n === 1:
        return a[0] as string;
      case op === '*' && n >= 2:
        return `(${a.slice(1).reduce((acc, b, i) => `${N(i === 0 ? acc : `(${acc})`)} * ${N(b)}`, a[0] as string)})`;
      case op === '+':
        // json-logic-js's reduce from 0: the sum so far is never -0, so parsing it again changes nothing.
        return `(0${a.map((x) => ` + ${N(x)}`).join('')})`;
      case INLINE_BINARY.has(op) && n === 2:
      case (op === '<' || op === '<=') && n === 2:
        return `(${a[0]} ${op} ${a[1]})`;
      case (op === '<' || op === '<=') && n === 3: {
        const [x, y, z] = [s.temp(), s.temp(), s.temp()];
        return `(${x} = ${a[0]}, ${y} = ${a[1]}, ${z} = ${a[2]}, ${z} === undefined ? ${x} ${op} ${y} : ${x} ${op} ${y} && ${y} ${op} ${z})`;
      }
      case op === 'in' && n === 2 && Array.isArray(given[1]) && (given[1] as unknown[]).every(isPrimitive):
        return `(${this.constantList(given[1] as unknown[])}.indexOf(${a[0]}) !== -1)`;
      default:
        return `${this.rt('O')}[${str(op)}](${a.join(', ')})`;
    }
  }
}

/**
 * The body of `function (R) { … }` returning the logic as a function of the data. Throws
 * {@link UnwritableLogic} for a tree holding what JSON cannot (never a rule file's logic); the
 * caller then keeps the closure interpreter.
 *
 * @example
 * logicSource({ '>=': [{ var: 'project.totalRdInvestment' }, 200] });
 * // 'const K = R.K, …; function r0(d, nf, vw) { … } return (d) => (r0(d, null, VW()) >= 200);'
 */
export function logicSource(logic: Logic): string {
  const w = new Writer();
  const scope = new Scope();
  const body = w.node(logic, scope);
  const temps = scope.temps.length ? `let ${scope.temps.join(', ')}; ` : '';
  const bindings = [...w.used].sort().map((name) => `${name} = ${BINDINGS[name]}`);
  // No "use strict" here: a page's module is strict already (and a bundler drops the directive);
  // Node's `new Function` adds it (`generatedFactory`).
  return [
    ...(bindings.length ? [`const ${bindings.join(', ')};`] : []),
    ...w.hoisted,
    // An arrow: the rule's function uses neither `this` nor `arguments`, and 87 of them are ≈ 0.3 K
    // gzip less in the IIFE than `function (d) { return … }`.
    temps ? `return (d) => { ${temps}return ${body}; };` : `return (d) => (${body});`,
  ].join('\n');
}
