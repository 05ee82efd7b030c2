export type PassphraseStrength = 'weak' | 'fair' | 'strong';

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u];

/**
 * A rough hint for the passphrase field, not a guarantee: length counts most (a phrase of a few
 * words beats a short jumble), then the kinds of characters used; a few repeated characters are
 * weak whatever their length. Letters of any alphabet count (Cyrillic passphrases are common).
 */
export const passphraseStrength = (passphrase: string): PassphraseStrength => {
  const characters = [...passphrase];
  if (new Set(characters).size < 6) return 'weak';
  const kinds = CLASSES.filter((pattern) => pattern.test(passphrase)).length;
  const length = characters.length;
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong';
  if (length >= 12 || (length >= 8 && kinds >= 3)) return 'fair';
  return 'weak';
};
