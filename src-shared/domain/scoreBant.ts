import { type BantDetails, bantAnswerLevels } from './bantAnswerLevels';
import { type BantAnswers, type BantScore, type BantWeights, bantScore } from './bantScore';

export type BantEvaluation = BantScore & { levels: BantAnswers };

/**
 * The one BANT rule both sides use: the answers' levels, the 0..100 score and each part's points
 * under the workspace's weights. The form shows it live; the core stores what it gives.
 */
export const scoreBant = (details: BantDetails, weights: BantWeights, today: string): BantEvaluation => {
  const levels = bantAnswerLevels(details, today);
  return { levels, ...bantScore(levels, weights) };
};
