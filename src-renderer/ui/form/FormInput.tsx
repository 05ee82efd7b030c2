import type { InputHTMLAttributes } from 'react';
import type { TextFieldOf } from './TextFieldOf';
import type { RecordFormState } from './useRecordForm';

export type FormInputProps<V> = Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value' | 'onChange'> & {
  form: RecordFormState<V>;
  field: TextFieldOf<V>;
  /** The hint under the box, for screen readers (the cell shows it). */
  hint?: string | undefined;
};

/**
 * A bare input bound to a text field of a record form: its value, its updates and its id and aria
 * (put it in a FormCell). Unlike FormTextField it adds no cell, counter or check on leaving.
 */
export const FormInput = <V,>({ form, field, hint, ...input }: FormInputProps<V>) => (
  <input
    name={field}
    {...input}
    // TextFieldOf guarantees a string; TypeScript cannot follow it through the generic V.
    value={form.values[field] as string}
    onChange={(event) => form.set(field, event.target.value as V[TextFieldOf<V>])}
    {...form.control(field, hint)}
  />
);
