/**
 * Net Promoter Score of some answers (DESIGN §6): % promoters (9–10) − % detractors (0–6),
 * rounded to a whole number, −100..100; null without answers.
 */
export const npsOf = (scores: readonly number[]): number | null => {
  if (scores.length === 0) return null;
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
};
