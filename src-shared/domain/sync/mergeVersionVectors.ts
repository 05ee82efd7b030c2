import type { VersionVector } from './VersionVector';

/** The vector of a device holding what both hold: the higher stamp per origin device. */
export const mergeVersionVectors = (a: VersionVector, b: VersionVector): VersionVector => {
  const merged: Record<string, string> = { ...a };
  for (const [device, stamp] of Object.entries(b)) {
    const mine = merged[device];
    if (mine === undefined || stamp > mine) merged[device] = stamp;
  }
  return merged;
};
