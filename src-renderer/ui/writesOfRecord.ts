import { createWriteQueue } from './createWriteQueue';

const queues = new Map<string, ReturnType<typeof createWriteQueue>>();

/**
 * One record's writes from any part of the page (the deal drawer's moves and ticks, the record's
 * custom fields) in the order they were made: a field filled for a gate and "Move again" clicked
 * at once (the box saves as the button takes the focus) must reach the core field first.
 */
export const writesOfRecord = (kind: string, id: string): ReturnType<typeof createWriteQueue> => {
  const key = `${kind}:${id}`;
  const known = queues.get(key);
  if (known) return known;
  const queue = createWriteQueue();
  queues.set(key, queue);
  return queue;
};
