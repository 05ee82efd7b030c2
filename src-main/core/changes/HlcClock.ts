import { formatHlc, type Hlc, parseHlc, receiveHlc, tickHlc } from '@shared/domain/hlc';
import type { Clock } from '../Clock';

/** The device's hybrid logical clock; every change-log message takes the next stamp. */
export type HlcClock = {
  readonly deviceId: string;
  next(): string;
  /** The same as `next`, not formatted (what the change log stores). */
  nextStamp(): Hlc;
  /** Keeps local stamps after a stamp seen from another device. */
  observe(remote: string): void;
  /** Keeps local stamps after the newest one in the file, when another process wrote it. */
  catchUp(newest: string | null): void;
};

export const createHlcClock = (deviceId: string, clock: Clock, lastSeen: string | null): HlcClock => {
  let last: Hlc = lastSeen ? { ...parseHlc(lastSeen), node: deviceId } : { millis: 0, counter: 0, node: deviceId };
  return {
    deviceId,
    next() {
      last = tickHlc(last, clock.now());
      return formatHlc(last);
    },
    nextStamp() {
      last = tickHlc(last, clock.now());
      return last;
    },
    observe(remote) {
      last = receiveHlc(last, parseHlc(remote), clock.now());
    },
    catchUp(newest) {
      if (newest === null) return;
      const stamp = parseHlc(newest);
      if (stamp.millis > last.millis || (stamp.millis === last.millis && stamp.counter >= last.counter)) {
        last = { millis: stamp.millis, counter: stamp.counter, node: last.node };
      }
    },
  };
};

/**
 * The stamps of a new workspace's default rows (pipeline, stages, control points, loss reasons,
 * lead sources): the lowest there are — epoch 0, counting up, on this device. Every device seeds
 * the same rows under the same ids; stamped with the clock, a device joining a team later would
 * overwrite the team's edits (a renamed stage reverting) through any transport. At the floor, any
 * real edit wins, and two devices' seeds tie-break by device id alone (their cells are the same).
 */
/** Whether a stamp (or a cell key: stamp/column) is a default row's, from the floor clock. */
export const isFloorHlc = (stamp: string): boolean => stamp.startsWith('1970-01-01T00:00:00.000Z-');

export const createFloorHlcClock = (deviceId: string): HlcClock => {
  let counter = 0;
  return {
    deviceId,
    next: () => formatHlc({ millis: 0, counter: counter++, node: deviceId }),
    nextStamp: () => ({ millis: 0, counter: counter++, node: deviceId }),
    observe: () => {},
    catchUp: () => {},
  };
};
