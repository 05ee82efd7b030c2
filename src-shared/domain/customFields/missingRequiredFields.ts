import type { CustomFieldRequired } from './customFieldKinds';
import type { CustomValue } from './CustomValue';
import { isCustomValueFilled } from './isCustomValueFilled';

export type GateField = { id: string; required: CustomFieldRequired; requiredStageId: string | null };

/**
 * Custom deal fields that block a deal going forward, the same way a required control point
 * does (gateRules.ts): a field required at a stage must be filled to get past that stage
 * (`stagesToClear`, from the gate rules: every stage left or skipped), and an always-required
 * field must be filled for any forward move or a win. `stagesToClear` empty means the move is
 * not gated (backward, within the column), so nothing is missing. `fields` are the active ones.
 */
export const missingRequiredFields = <F extends GateField>(
  fields: readonly F[],
  stagesToClear: readonly string[],
  values: Readonly<Record<string, CustomValue>>,
): F[] => {
  if (stagesToClear.length === 0) return [];
  const order = new Map(stagesToClear.map((id, index) => [id, index]));
  return fields
    .filter((field) =>
      field.required === 'always'
        ? true
        : field.required === 'stage' && field.requiredStageId !== null && order.has(field.requiredStageId),
    )
    .filter((field) => !isCustomValueFilled(values[field.id]))
    .sort(
      (a, b) =>
        (a.requiredStageId === null ? -1 : (order.get(a.requiredStageId) ?? 0)) -
        (b.requiredStageId === null ? -1 : (order.get(b.requiredStageId) ?? 0)),
    );
};
