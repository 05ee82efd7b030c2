import './CheckGroup.css';

/** A row of checkboxes choosing some of a list; `label` names the group for assistive tech. */
export const CheckGroup = <T extends string>({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  chosen: readonly T[];
  onChange(next: T[]): void;
}) =>
  options.length === 0 ? null : (
    <fieldset className="segment-checks">
      <legend className="field-label">{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="segment-check">
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value),
              )
            }
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
