import type { CustomValue } from './CustomValue';

/**
 * Whether a value counts as filled for a required field or a stage gate: an unticked checkbox is
 * not (a required checkbox is a confirmation, like a control point), an empty list is not.
 */
export const isCustomValueFilled = (value: CustomValue | undefined): boolean => {
  if (value === null || value === undefined || value === false || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
};
