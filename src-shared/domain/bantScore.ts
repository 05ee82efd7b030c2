/** The four BANT parts, in the order the form asks them. */
export const BANT_PARTS = ['budget', 'authority', 'need', 'timing'] as const;
export type BantPart = (typeof BANT_PARTS)[number];

/** 0 no, 1 unclear, 2 partly, 3 confirmed; null not asked yet (the columns' 0..3 scale). */
export type BantLevel = 0 | 1 | 2 | 3;
export type BantAnswers = Record<BantPart, BantLevel | null>;
export type BantWeights = Record<BantPart, number>;

export const BANT_MAX_LEVEL = 3;
export const DEFAULT_BANT_WEIGHTS: BantWeights = { budget: 25, authority: 25, need: 25, timing: 25 };

export type BantScore = {
  /** 0..100, rounded; null while no part has an answer. */
  score: number | null;
  /** Each part's points toward the score (a missing answer gives 0), so the form can show them. */
  parts: Record<BantPart, number>;
};

/**
 * A deal's BANT score: each part earns its weight's share by its level (3 of 3 = the whole
 * weight), the weights scaled to sum to 100 so any positive weights work. A part not answered
 * earns nothing but does not void the others.
 */
export const bantScore = (answers: BantAnswers, weights: BantWeights = DEFAULT_BANT_WEIGHTS): BantScore => {
  const total = BANT_PARTS.reduce((sum, part) => sum + Math.max(0, weights[part]), 0);
  const parts = Object.fromEntries(
    BANT_PARTS.map((part) => {
      const level = answers[part];
      const share = total === 0 ? 0 : Math.max(0, weights[part]) / total;
      return [part, level === null ? 0 : (100 * share * level) / BANT_MAX_LEVEL];
    }),
  ) as Record<BantPart, number>;
  const answered = BANT_PARTS.some((part) => answers[part] !== null);
  const sum = BANT_PARTS.reduce((acc, part) => acc + parts[part], 0);
  return { score: answered ? Math.round(sum) : null, parts };
};
