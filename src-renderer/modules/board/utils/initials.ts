/** «Иван Петров» → «ИП», "anna" → "A": the avatar of an owner without a photo. */
export const initials = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase();
};

const AVATAR_HUES = [212, 160, 28, 280, 340, 190, 100, 250];

/** A stable hue per person, so the same owner has the same colour on every card. */
export const avatarHue = (id: string): number => {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_HUES[hash % AVATAR_HUES.length] ?? 212;
};
