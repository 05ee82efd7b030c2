import type { Envelope } from './envelope';
import type { PushEvent } from './pushEvents';

/**
 * How a client reaches the backend: Electron IPC through the preload, HTTP + SSE in the
 * browser shell, or a direct call in tests. Inputs and outputs are plain JSON values.
 */
export type Transport = {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
};
