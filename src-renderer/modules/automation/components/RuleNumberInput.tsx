/** A number box of the rule editor; `onChange` gets the text as typed ('' when cleared). */
export const RuleNumberInput = ({
  label,
  placeholder,
  min,
  max,
  value,
  onChange,
}: {
  label: string;
  placeholder?: string;
  min: number;
  max?: number;
  value: number | '';
  onChange(text: string): void;
}) => (
  <input
    className="input rule-editor-number"
    type="number"
    min={min}
    max={max}
    aria-label={label}
    placeholder={placeholder}
    value={value}
    onChange={(event) => onChange(event.target.value)}
  />
);
