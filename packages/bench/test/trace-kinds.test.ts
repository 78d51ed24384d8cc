import { describe, expect, it } from 'vitest';
import { cpuSteps, kindOf, mainThreadKinds } from '../src/lib/trace-kinds.mjs';

/** A trace of one renderer: navigation at t = 1000 µs, main thread 7, another thread 8. */
const meta = [
  { ph: 'M', name: 'thread_name', pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
  { ph: 'M', name: 'thread_name', pid: 1, tid: 8, args: { name: 'Compositor' } },
  {
    ph: 'X',
    name: 'navigationStart',
    pid: 1,
    tid: 7,
    ts: 1000,
    dur: 0,
    args: { data: { isLoadingMainFrame: true, documentLoaderURL: 'http://x/' } },
  },
];
const task = (ts: number, dur: number, name = 'RunTask', tid = 7) => ({ ph: 'X', name, pid: 1, tid, ts, dur });

describe('the main thread by kind of work', () => {
  it('counts self time: a task minus what runs inside it, each nested event under its kind', () => {
    const kinds = mainThreadKinds(
      [
        ...meta,
        task(2000, 10_000), // 10 ms task: 2 ms own overhead,
        task(2000, 5_000, 'v8.compileModule'), // 5 ms compile of which
        task(3000, 1_000, 'v8.evaluateModule'), //   1 ms evaluation inside it,
        task(7000, 3_000, 'Layout'), // 3 ms layout
        task(20_000, 4_000, 'UpdateLayoutTree'), // a top-level style task
        task(2000, 50_000, 'RunTask', 8), // another thread: not counted
      ],
      30, // up to 30 ms after navigation start (t = 31000 µs)
    );
    expect(kinds).toEqual({
      'task overhead': 2,
      'script: compile (parse + compile of scripts and modules)': 4,
      'script: run (module evaluation, calls, microtasks, timers, frames)': 1,
      layout: 3,
      'style: recalculation (UpdateLayoutTree) and sheets': 4,
      'idle (no task: waiting for the network, timers)': 16,
    });
  });

  it('stops at the mark: a task running past it counts up to the mark only', () => {
    const kinds = mainThreadKinds([...meta, task(9000, 4000, 'Paint')], 10);
    expect(kinds).toEqual({ 'paint, pre-paint, layerize, commit': 2, 'idle (no task: waiting for the network, timers)': 8 });
  });

  it('names an event it does not know by its own name, and refuses a trace without navigation', () => {
    expect(kindOf('SomethingNew')).toBe('other: SomethingNew');
    expect(() => mainThreadKinds([task(0, 1)], 1)).toThrow(/navigationStart/);
  });
});

describe('named steps in a CPU profile', () => {
  it('counts a step once per sample however deep it recurses, and self time per function', () => {
    const frame = (id: number, functionName: string, children: number[] = []) => ({
      id,
      callFrame: { functionName, url: 'http://x/guide-form.js', lineNumber: id, columnNumber: 0 },
      children,
    });
    const profile = {
      nodes: [frame(1, '(root)', [2]), frame(2, 'performUpdate', [3]), frame(3, 'render', [4]), frame(4, 'render')],
      samples: [2, 3, 4, 4],
      timeDeltas: [1000, 2000, 3000, 4000],
    };
    const { steps, self } = cpuSteps(profile);
    expect(steps.performUpdate).toBe(10);
    expect(steps.render).toBe(9);
    expect(self.get('render guide-form.js:4:0')).toBe(7000);
  });
});
