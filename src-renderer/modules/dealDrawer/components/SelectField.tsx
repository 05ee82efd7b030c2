import { type ReactNode, useState } from 'react';
import { Select } from '../../../ui/form/Select';

export type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  /** Saves the chosen value; resolves to a translated error, or null when saved. */
  onSave(value: string): Promise<string | null>;
  children: ReactNode;
};

/** A choice saved as soon as it is made (owner, kind, source): no edit mode to enter or leave. */
export const SelectField = ({ id, label, value, onSave, children }: SelectFieldProps) => {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="drawer-field" data-field={id}>
      <label className="drawer-field-label" htmlFor={id}>
        {label}
      </label>
      <div className="drawer-field-control">
        <Select
          id={id}
          className="ghost-select"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          onChange={(event) => {
            const next = event.target.value;
            void onSave(next).then(setError);
          }}
        >
          {children}
        </Select>
        {error ? (
          <p className="field-error" data-testid={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
};
