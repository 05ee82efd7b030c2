// Types of the pure helpers in start.js, for the unit tests.
export type ProbeResult = {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  timeoutMs?: number;
};
export type ProbeOutcome = { ok: true; path: string } | { ok: false; reason: string };
export declare const PROBE_TIMEOUT_MS: number;
export declare const fallbackLine: (reason: string) => string;
export declare const probeOutcome: (result: ProbeResult) => ProbeOutcome;
export declare const displayProblem: (platform: NodeJS.Platform, env: NodeJS.ProcessEnv) => string | null;
