/**
 * Mutations run one at a time in arrival order, even when a handler awaits (an import reading a
 * file): no two writers interleave their reads and writes.
 */
export const createWriteQueue = () => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => T | Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };
};
