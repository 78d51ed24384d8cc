/** The kind of work a trace event's name stands for (`other: <name>` when unknown). */
export function kindOf(name: string): string;
/** Self time (ms) of the renderer main thread by kind of work, from navigation start to `untilMs` after it. */
export function mainThreadKinds(trace: { traceEvents?: object[] } | object[], untilMs: number): Record<string, number>;
/** Functions whose inclusive time profile-render.mjs reports. */
export const NAMED_STEPS: string[];
/** A Chromium CPU profile (CDP `Profiler.stop`). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}
/** Self time per function (µs) and inclusive time (ms) of the named steps. */
export function cpuSteps(profile: CpuProfile): { self: Map<string, number>; steps: Record<string, number> };
