/**
 * A file the user picked, as base64 for the contract: the page hands the core the file's bytes,
 * never a path. Encoded in 32 kB slices (one `String.fromCharCode` call per slice stays far
 * below the engine's argument limit).
 */
export const readFileBase64 = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
};
