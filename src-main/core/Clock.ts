/** Injected time source: tests and the generator run on their own clocks. */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };
