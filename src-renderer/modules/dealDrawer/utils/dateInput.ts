/**
 * `<input type="date">` speaks `YYYY-MM-DD`; the contract stores epoch ms. A date is kept as the
 * local midnight of that day, which is how every table shows it back.
 */
export const toDateInput = (epochMs: number | null): string => {
  if (epochMs === null) return '';
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** `YYYY-MM-DD` → local midnight in epoch ms; '' → null; anything else → undefined (invalid). */
export const fromDateInput = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date.getTime()
    : undefined;
};
