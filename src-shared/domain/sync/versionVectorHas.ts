import type { VersionVector } from './VersionVector';

/**
 * Whether a peer with `vector` already has the message `stamp` from `device`. A device's stamps
 * only grow and messages travel in full, so the highest one held covers every earlier one.
 */
export const versionVectorHas = (vector: VersionVector, device: string, stamp: string): boolean => {
  const highest = vector[device];
  return highest !== undefined && stamp <= highest;
};
