import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PushEvent } from '@shared/contract/pushEvents';

export type PushEventSource = { subscribe(listener: (event: PushEvent) => void): () => void };

/**
 * One server-sent-events stream: every push event as `data: <json>`, and a comment line every
 * `heartbeatMs` so idle connections are not dropped and dead ones are noticed.
 * Returns a function that ends the stream (used when the host shuts down).
 */
export const serveEvents = (
  req: IncomingMessage,
  res: ServerResponse,
  source: PushEventSource,
  heartbeatMs: number,
): (() => void) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // The comment flushes headers at once, so the browser's EventSource opens immediately.
  res.write(': connected\n\n');
  const unsubscribe = source.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);
  res.on('close', end);
  return end;
};
