/**
 * Writes that must reach the core in the order they were made. Two requests in flight may arrive
 * in either order (the browser shell's HTTP requests travel apart), and a write built on an earlier
 * one (a list that includes its tick, a place next to the card it moved) would then be applied
 * before it. Each write starts once the one before it has settled, answered or refused; with none
 * on its way it starts at once, in the caller's own tick.
 */
export const createWriteQueue = () => {
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;
  return <T>(write: () => Promise<T>): Promise<T> => {
    const started = waiting === 0 ? write() : tail.then(write);
    waiting += 1;
    const settled = () => {
      waiting -= 1;
    };
    tail = started.then(settled, settled);
    return started;
  };
};
