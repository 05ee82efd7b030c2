import type { ReactNode } from 'react';
import type { ChoiceFieldOf } from './ChoiceFieldOf';
import { Select } from './Select';
import type { RecordFormState } from './useRecordForm';

/**
 * A bare select bound to a string field of a record form (put it in a FormCell): its value, its id
 * and aria; a pick sets the field unless `onChange` does more with it.
 */
export const FormSelect = <V,>({
  form,
  field,
  onChange,
  children,
}: {
  form: RecordFormState<V>;
  field: ChoiceFieldOf<V>;
  onChange?: ((value: string) => void) | undefined;
  /** The <option>s. */
  children: ReactNode;
}) => (
  <Select
    name={field}
    // ChoiceFieldOf guarantees a string; TypeScript cannot follow it through the generic V.
    value={form.values[field] as string}
    onChange={(event) =>
      onChange ? onChange(event.target.value) : form.set(field, event.target.value as V[ChoiceFieldOf<V>])
    }
    {...form.control(field)}
  >
    {children}
  </Select>
);
