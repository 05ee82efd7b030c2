const AVATAR_HUES = [212, 160, 28, 280, 340, 190, 100, 250];

/** A stable hue per person, so the same owner has the same colour on every card. */
export const avatarHue = (id: string): number => {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_HUES[hash % AVATAR_HUES.length] ?? 212;
};
