import { Select } from '../../../ui/form/Select';
import type { RuleOption } from '../types/RuleOption';

/**
 * A select of the rule editor, named by its label (none inside a <label>); `blank` is a first
 * option of value '' ("any stage", or a disabled "—" until something is picked).
 */
export const RuleSelect = ({
  label,
  value,
  options,
  blank,
  onChange,
}: {
  label?: string | undefined;
  value: string;
  options: readonly RuleOption[];
  blank?: { label: string; disabled?: boolean } | undefined;
  onChange(value: string): void;
}) => (
  <Select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
    {blank ? (
      <option value="" disabled={blank.disabled}>
        {blank.label}
      </option>
    ) : null}
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </Select>
);
