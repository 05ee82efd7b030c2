import type { Envelope } from './envelope';
import type { PushEvent } from './pushEvents';

/**
 * What the Electron preload exposes as `window.voronka`: one function per contract method
 * (generated from the contract's method names) plus an event subscription that never hands the
 * renderer the IPC event object.
 */
export type VoronkaBridge = {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  methods: Readonly<Record<string, (input?: unknown) => Promise<Envelope<unknown>>>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
};
