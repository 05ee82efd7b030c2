const SAMPLE_BYTES = 1024;
// Random bytes show about 251 of the 256 values in 1 KiB; a SQLite page, text or a zeroed header
// shows far fewer. An encrypted file starts with its salt and ciphertext: random to the eye.
const RANDOM_LOOKING = 200;

/**
 * Whether a file's first bytes (a SQLite header was not found there) look like an encrypted
 * database rather than garbage: whole pages of bytes that are spread like random ones. Only
 * tells which message to show (a key is needed, or the file is damaged); the key decides.
 */
export const looksEncrypted = (head: Buffer, size: number): boolean => {
  if (size < SAMPLE_BYTES || size % 512 !== 0 || head.length < SAMPLE_BYTES) return false;
  return new Set(head.subarray(0, SAMPLE_BYTES)).size >= RANDOM_LOOKING;
};
