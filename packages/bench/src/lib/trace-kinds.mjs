// Reading a Chromium trace and CPU profile of one page load (profile-render.mjs): the renderer main
// thread's self time by kind of work up to a mark, and the inclusive CPU time of named functions.

/** Trace event names by the kind of work they are (the rest count under their own name). */
const KINDS = [
  [
    'script: compile (parse + compile of scripts and modules)',
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|V8\.ScriptCompiler|v8\.parseOnBackground|V8\.Parse|v8\.produceCache|v8\.produceModuleCache|CompileScript|CacheScript)/,
  ],
  [
    'script: run (module evaluation, calls, microtasks, timers, frames)',
    /^(v8\.evaluateModule|EvaluateScript|v8\.run|FunctionCall|v8\.callFunction|V8\.Execute|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.newInstance|V8\.Run|TimerInstall|RequestAnimationFrame|ScheduleStyleRecalculation|InvalidateLayout|v8\.callModuleMethod)/,
  ],
  [
    'style: recalculation (UpdateLayoutTree) and sheets',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|Document::updateStyle)/,
  ],
  ['layout', /^(Layout|UpdateLayerTree|LocalFrameView::layout)/],
  [
    'paint, pre-paint, layerize, commit',
    /^(Paint|PrePaint|Layerize|PaintImage|CompositeLayers|Commit|UpdateLayer|PaintSetup|RasterTask|Decode)/,
  ],
  ['HTML parsing', /^ParseHTML/],
  ['garbage collection', /(GC|Sweep|Scavenge|MinorMS|Mark)/],
  ['loading (resource events)', /^(Resource|ResourceLoader|ResourceFetcher|Loader|HTMLDocumentParser)/],
];

/** The kind of work a trace event's name stands for. */
export function kindOf(name) {
  for (const [kind, re] of KINDS) if (re.test(name)) return kind;
  return `other: ${name}`;
}

/**
 * Self time (ms) of the renderer main thread by kind of work, from navigation start to `untilMs` after it,
 * plus `idle (waiting: network, timers)` for the time no task ran.
 * @param {{ traceEvents?: object[] } | object[]} trace
 * @param {number} untilMs
 * @returns {Record<string, number>}
 */
export function mainThreadKinds(trace, untilMs) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args.data.documentLoaderURL ?? ''))
    .at(-1);
  if (!nav) throw new Error('trace: no navigationStart of an http main frame');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid);
  const tid = main?.tid ?? nav.tid;
  const start = nav.ts;
  const end = start + untilMs * 1000;
  // Complete events ('X') and begin/end pairs ('B'/'E') of that thread, as intervals.
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== nav.pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') spans.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  spans.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const out = {};
  const add = (k, us) => {
    if (us > 0) out[k] = (out[k] ?? 0) + us / 1000;
  };
  const clip = (s) => Math.max(0, Math.min(s.end, end) - Math.max(s.ts, start));
  // Self time: each span's clipped length minus its children's; a stack over spans sorted by start.
  const stack = [];
  const close = (s) => add(s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask' ? 'task overhead' : kindOf(s.name), s.self);
  let busy = 0;
  for (const s of spans) {
    while (stack.length && stack.at(-1).end <= s.ts) close(stack.pop());
    const c = clip(s);
    s.self = c;
    if (stack.length) stack.at(-1).self -= c;
    else busy += c;
    stack.push(s);
  }
  while (stack.length) close(stack.pop());
  add('idle (no task: waiting for the network, timers)', untilMs * 1000 - busy);
  return out;
}

/** Functions whose inclusive time profile-render.mjs reports (method names survive minification). */
export const NAMED_STEPS = [
  'load',
  'loadForm',
  'getForm',
  'compileForm',
  'fieldStates',
  'fieldStatesAfter',
  'evaluate',
  'compute',
  'willUpdate',
  'performUpdate',
  'update',
  'render',
  'updated',
  'sync',
  'setFormValue',
  'connectedCallback',
  'define',
  '(garbage collector)',
  '(program)',
];

/**
 * A CPU profile's self time per function (µs) and inclusive time (ms) of {@link NAMED_STEPS}
 * (a function counted once per sample however deep it recurses).
 */
export function cpuSteps(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const steps = {};
  const wanted = new Set(NAMED_STEPS);
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const name = byId.get(x).callFrame.functionName;
      if (!wanted.has(name) || seen.has(name)) continue;
      seen.add(name);
      steps[name] = (steps[name] ?? 0) + dt / 1000;
    }
  });
  return { self, steps };
}
