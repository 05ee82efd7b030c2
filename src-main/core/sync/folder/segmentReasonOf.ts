import type { SyncSegmentReason } from '@shared/contract/schemas/syncFolder';
import { BundleError } from '../bundle/bundleCodec';

/**
 * The codec says what is wrong with a file in words (bundleCodec's BundleError); the folder keeps a
 * reason a screen can translate. A truncated file is one the syncing tool is still copying.
 */
export const segmentReasonOf = (error: unknown): SyncSegmentReason => {
  if (!(error instanceof BundleError)) return 'damaged';
  const message = error.message;
  if (message.includes('truncated')) return 'incomplete';
  if (message.startsWith('This is not a Voronka')) return 'foreign';
  if (message.includes('a passphrase is needed')) return 'passphrase_needed';
  if (message.startsWith('Wrong passphrase')) return 'wrong_passphrase';
  if (message.includes('content is damaged')) return 'damaged';
  // A bad signature, extra bytes, a header that does not parse: the file was altered.
  return 'tampered';
};
