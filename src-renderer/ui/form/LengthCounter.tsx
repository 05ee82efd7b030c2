/** Shown from this share of the limit on: far from it, a counter is only noise. */
const NEAR = 0.8;

/** "173 / 200" beside a field's label once the text nears its limit (the input stops at it). */
export const LengthCounter = ({ length, max }: { length: number; max: number | undefined }) =>
  max === undefined || length < max * NEAR ? null : (
    <span className={length >= max ? 'field-counter is-full' : 'field-counter'} data-testid="length-counter">
      {length} / {max}
    </span>
  );
