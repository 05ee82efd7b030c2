import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The shared folder's layout: one sub-folder per device, named by its device id, holding that
 * device's segment files `0000000001.vseg`, `0000000002.vseg`, … Only the device itself writes
 * into its sub-folder (one writer per file, and per folder); each file is written under a dot
 * name ending in `.tmp` and renamed once whole. Anything else (the syncing tool's own partial
 * files, `.syncthing.*.tmp`, `~$…`, conflict copies, notes) does not match and is never read.
 */

export const SEGMENT_EXTENSION = '.vseg';
const SEGMENT_NAME = /^(\d{10})\.vseg$/;
/** Device ids are 16 hex characters (readOrCreateDeviceId); a little slack for older ids. */
const DEVICE_FOLDER = /^[0-9a-z]{8,64}$/i;

export const segmentName = (seq: number): string => `${String(seq).padStart(10, '0')}${SEGMENT_EXTENSION}`;

/** The sequence number of a segment file's name, or null for any other name. */
export const seqOfSegment = (name: string): number | null => {
  const match = SEGMENT_NAME.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
};

export const isDeviceFolderName = (name: string): boolean => DEVICE_FOLDER.test(name);

/** A device's segment files, oldest first (an absent folder has none). */
export const listSegments = (deviceDir: string): { name: string; seq: number; path: string }[] => {
  let names: string[];
  try {
    names = readdirSync(deviceDir);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map((name) => ({ name, seq: seqOfSegment(name), path: join(deviceDir, name) }))
    .filter((file): file is { name: string; seq: number; path: string } => file.seq !== null)
    .sort((a, b) => a.seq - b.seq);
};

/** The peers' sub-folders of the shared folder (this device's own left out). */
export const listPeerFolders = (folder: string, ownDeviceId: string): string[] =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isDeviceFolderName(entry.name) && entry.name !== ownDeviceId)
    .map((entry) => entry.name)
    .sort();
