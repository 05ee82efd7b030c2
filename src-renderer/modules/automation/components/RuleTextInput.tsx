/** A line of text in an action (a task's subject, a notification), named and hinted by its label. */
export const RuleTextInput = ({
  label,
  maxLength,
  value,
  onChange,
}: {
  label: string;
  maxLength: number;
  value: string;
  onChange(text: string): void;
}) => (
  <input
    className="input rule-editor-grow"
    aria-label={label}
    placeholder={label}
    maxLength={maxLength}
    value={value}
    onChange={(event) => onChange(event.target.value)}
  />
);
