/**
 * Hybrid logical clock. Its string form sorts in causal order:
 * `2026-11-26T23:14:57.123Z-0000-<device>` (ISO ms · hex counter · device id).
 */
export type Hlc = { millis: number; counter: number; node: string };

const MAX_COUNTER = 0xffff;

export const formatHlc = ({ millis, counter, node }: Hlc): string =>
  `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;

export const parseHlc = (text: string): Hlc => {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-(.+)$/.exec(text);
  if (!match) throw new Error(`Malformed HLC: ${text}`);
  const [, iso, counter, node] = match as unknown as [string, string, string, string];
  return { millis: Date.parse(iso), counter: Number.parseInt(counter, 16), node };
};

/**
 * The next timestamp for a local event. When many events share one millisecond and the counter
 * would overflow, logical time moves ahead by a millisecond instead of failing the write.
 */
export const tickHlc = (last: Hlc, wallMillis: number): Hlc => {
  if (wallMillis > last.millis) return { millis: wallMillis, counter: 0, node: last.node };
  if (last.counter < MAX_COUNTER) return { ...last, counter: last.counter + 1 };
  return { millis: last.millis + 1, counter: 0, node: last.node };
};

/** Merge a remote timestamp so that the next local event sorts after it. */
export const receiveHlc = (last: Hlc, remote: Hlc, wallMillis: number): Hlc => {
  const millis = Math.max(last.millis, remote.millis, wallMillis);
  let counter = 0;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0, node: last.node };
  return { millis, counter, node: last.node };
};
