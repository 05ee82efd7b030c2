/** Share of control bytes above which a sample is not text (tabs, CR, LF and form feeds aside). */
const MAX_CONTROL_SHARE = 0.05;

/**
 * A file that is no text (an image, an archive, an executable renamed .csv): a NUL byte, or
 * more control bytes than any spreadsheet export has. UTF-16 is checked by the caller first.
 */
export const looksBinary = (sample: Uint8Array): boolean => {
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
};
