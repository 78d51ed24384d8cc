import { GuideFormsError } from '../errors.js';
import { MAX_LOGIC_DEPTH } from '../limits.js';
import { FORBIDDEN_SEGMENTS, joinPointer, parsePointer } from '../pointer.js';
import type { Json, Logic } from '../types.js';
import { compiledLogicFn } from './generated.js';
import { OPERATORS, SCOPED_OPERATORS } from './operators.js';
import { installInterpreter } from './runner.js';
import type { LogicFactory } from './runtime.js';
import { TODAY_PARTS } from './today.js';

/** Where the logic being compiled lives, for error messages. */
export interface LogicSite {
  file: string;
  /** JSON Pointer of the logic inside the file, e.g. `/rules/3/logic`. */
  pointer: string;
  /** The rule id, named in every error. */
  rule: string;
  params: Record<string, Json>;
  /**
   * The rule's computed values (`"computed": {"ratio": …}`), inlined where the logic writes
   * `{"computed": "ratio"}`; `computedAt` is their pointer in the file (`/rules/3/computed`).
   */
  computed?: Record<string, Json>;
  computedAt?: string;
}

/** A field read by the logic: its pointer and whether it is relative to an array item. */
export interface FieldRead {
  pointer: string;
  /** Pointer of the array the read is relative to, or `null` for a top-level read. */
  scope: string | null;
}

/** Compiled JSON-Logic: pointers turned into json-logic-js paths, params inlined. */
export interface CompiledLogic {
  logic: Logic;
  reads: FieldRead[];
  params: string[];
  /** The computed values the logic uses (`{"computed": "ratio"}`), inlined. */
  computed: string[];
  /**
   * The logic as generated JavaScript (`codegen.ts`), as a build writes it into a page
   * (`prebuiltLogic`); `logic` is then `null` — the page runs the code, never the JSON.
   */
  code?: LogicFactory;
  /** The generated factory's body, before a build writes it as `code` (`prebuiltLogic`). */
  source?: string;
}

function fail(site: LogicSite, at: string, message: string, expected?: string, found?: string): never {
  throw new GuideFormsError('rule-logic', `规则 ${site.rule}：${message}`, {
    file: site.file,
    pointer: at,
    ...(expected !== undefined ? { expected } : {}),
    ...(found !== undefined ? { found } : {}),
  });
}

function isOperation(node: Json): node is { [key: string]: Json } {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

/** Converts a JSON Pointer to the dotted path json-logic-js reads, refusing unsafe segments. */
function toLogicPath(site: LogicSite, at: string, pointer: Json): string {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) {
    fail(site, at, `var 的参数必须是 JSON Pointer 字符串（如 "/project/totalRdInvestment"）`, 'JSON Pointer', JSON.stringify(pointer));
  }
  const segments = parsePointer(pointer);
  for (const s of segments) {
    if (FORBIDDEN_SEGMENTS.has(s)) fail(site, at, `var 不得读取原型链上的 "${s}"`, 'a data field', s);
    if (s.includes('.') || s === '') fail(site, at, `字段名不能为空或包含 "."：${pointer}`, 'a field name', s);
  }
  return segments.join('.');
}

/**
 * Checks a rule's JSON-Logic against the allowed operators and their arity, inlines
 * `{"param": "name"}`, and rewrites `var` pointers for json-logic-js.
 * Throws a {@link GuideFormsError} naming the rule, the file and the pointer of the problem.
 */
export function compileLogic(logic: Logic, site: LogicSite): CompiledLogic {
  // Logic compiled here is run here: generated code where allowed, else closures.
  installInterpreter(compiledLogicFn);
  const reads: FieldRead[] = [];
  const params = new Set<string>();
  const computed = new Set<string>();
  // The computed values being inlined, innermost last: one that reads itself is refused, not looped.
  const expanding: string[] = [];

  // `depth` counts nested lists and operations; past MAX_LOGIC_DEPTH the rule is refused
  // (a recursive walk over 2,000 levels would overflow the stack before saying where).
  const walk = (node: Json, at: string, scope: string | null, depth = 0): Json => {
    if ((Array.isArray(node) || isOperation(node)) && depth >= MAX_LOGIC_DEPTH) {
      fail(site, at, `逻辑嵌套超过 ${MAX_LOGIC_DEPTH} 层`, `at most ${MAX_LOGIC_DEPTH} levels`, 'deeper');
    }
    const down = depth + 1;
    if (Array.isArray(node)) return node.map((item, i) => walk(item, joinPointer(at, i), scope, down));
    if (!isOperation(node)) return node;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      fail(site, at, `每个运算对象只能有一个运算符，实际有 ${keys.length} 个`, 'one operator', keys.join(', '));
    }
    const op = keys[0] as string;
    const arity = Object.hasOwn(OPERATORS, op) ? OPERATORS[op] : undefined;
    if (!arity) fail(site, joinPointer(at, op), `不允许的运算符 "${op}"`, 'an allowed operator', op);
    const raw = node[op] as Json;
    const args: Json[] = Array.isArray(raw) ? raw : [raw];
    const argsAt = joinPointer(at, op);
    if (args.length < arity[0] || args.length > arity[1]) {
      const want = arity[0] === arity[1] ? `${arity[0]}` : `${arity[0]}–${arity[1] === Number.POSITIVE_INFINITY ? 'n' : arity[1]}`;
      fail(site, argsAt, `运算符 "${op}" 需要 ${want} 个参数，实际为 ${args.length} 个`, want, String(args.length));
    }
    switch (op) {
      case 'param': {
        const name = args[0];
        if (typeof name !== 'string' || !Object.hasOwn(site.params, name)) {
          fail(
            site,
            argsAt,
            `未定义的参数 ${JSON.stringify(name)}`,
            `one of: ${Object.keys(site.params).join(', ') || '(none)'}`,
            String(name),
          );
        }
        params.add(name);
        const value = site.params[name] as Json;
        if (isOperation(value)) fail(site, argsAt, `参数 "${name}" 是对象，不能直接用于逻辑`, 'a number, string or list', 'object');
        return value;
      }
      case 'computed': {
        const name = args[0];
        const table = site.computed ?? {};
        if (typeof name !== 'string' || !Object.hasOwn(table, name)) {
          fail(
            site,
            argsAt,
            `未定义的计算值 ${JSON.stringify(name)}`,
            `one of: ${Object.keys(table).join(', ') || '(none)'}`,
            String(name),
          );
        }
        if (expanding.includes(name)) {
          fail(site, argsAt, `计算值 "${name}" 引用了自身（${[...expanding, name].join(' → ')}）`, 'no cycle', name);
        }
        const value = table[name] as Json;
        if (isBilingual(value)) {
          fail(site, argsAt, `计算值 "${name}" 分中英文两种写法，只能用于提示，不能用于判断`, 'a value with one logic', 'zh-CN/en');
        }
        computed.add(name);
        expanding.push(name);
        const inlined = walk(value, joinPointer(site.computedAt ?? '/computed', name), scope, down);
        expanding.pop();
        return inlined;
      }
      case 'today': {
        const part = args[0];
        if (part !== undefined && !(TODAY_PARTS as readonly Json[]).includes(part)) {
          fail(site, argsAt, `today 的参数只能是 "date"、"month" 或 "year"`, TODAY_PARTS.join(' | '), JSON.stringify(part));
        }
        return { today: args };
      }
      case 'var': {
        const path = toLogicPath(site, argsAt, args[0] as Json);
        reads.push({ pointer: args[0] as string, scope });
        return { var: args.length === 2 ? [path, walk(args[1] as Json, joinPointer(argsAt, 1), scope, down)] : [path] };
      }
      case 'missing':
        return {
          missing: args.map((p, i) => {
            reads.push({ pointer: p as string, scope });
            return toLogicPath(site, joinPointer(argsAt, i), p);
          }),
        };
      case 'missing_some': {
        const list = args[1];
        if (!Array.isArray(list)) fail(site, joinPointer(argsAt, 1), 'missing_some 的第二个参数必须是 JSON Pointer 列表');
        return {
          missing_some: [
            walk(args[0] as Json, joinPointer(argsAt, 0), scope, down),
            list.map((p, i) => {
              reads.push({ pointer: p as string, scope });
              return toLogicPath(site, joinPointer(argsAt, 1, i), p);
            }),
          ],
        };
      }
      default: {
        if (SCOPED_OPERATORS.has(op)) {
          const source = walk(args[0] as Json, joinPointer(argsAt, 0), scope, down);
          const sourcePointer = readPointerOf(args[0] as Json);
          const inner = sourcePointer === null ? scope : scope === null ? sourcePointer : `${scope}/*${sourcePointer}`;
          const rest = args.slice(1).map((a, i) => walk(a, joinPointer(argsAt, i + 1), inner ?? '(computed)', down));
          return { [op]: [source, ...rest] };
        }
        return { [op]: args.map((a, i) => walk(a, joinPointer(argsAt, i), scope, down)) };
      }
    }
  };

  const compiled = walk(logic, site.pointer, null);
  return { logic: compiled, reads, params: [...params], computed: [...computed] };
}

/** A computed value written once per language, `{"zh-CN": …, "en": …}`: text for messages only. */
export function isBilingual(value: Json): value is { 'zh-CN': Json; en: Json } {
  return isOperation(value) && Object.keys(value).length === 2 && Object.hasOwn(value, 'zh-CN') && Object.hasOwn(value, 'en');
}

function readPointerOf(node: Json): string | null {
  if (isOperation(node) && Object.hasOwn(node, 'var')) {
    const arg = node.var;
    const first = Array.isArray(arg) ? arg[0] : arg;
    return typeof first === 'string' ? first : null;
  }
  return null;
}
