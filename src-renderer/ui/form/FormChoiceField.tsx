import { FormCell, type FormCellProps } from './FormCell';
import type { ChoiceFieldOf } from './ChoiceFieldOf';
import { Select } from './Select';

export type FormChoiceFieldProps<V> = Omit<FormCellProps<V>, 'field' | 'children'> & {
  field: ChoiceFieldOf<V>;
  /** The closed list of values (e.g. company sizes). */
  choices: readonly string[];
  choiceLabel(choice: string): string;
  /** The empty choice's text ("No size"). */
  blank: string;
};

/** A choice from a closed list, or none, in a record form's grid. */
export const FormChoiceField = <V,>({ choices, choiceLabel, blank, ...cell }: FormChoiceFieldProps<V>) => {
  const { form, field } = cell;
  return (
    <FormCell {...cell}>
      <Select
        name={field}
        // ChoiceFieldOf guarantees a string; TypeScript cannot follow it through the generic V.
        value={form.values[field] as string}
        onChange={(event) => form.set(field, event.target.value as V[ChoiceFieldOf<V>])}
        {...form.control(field)}
      >
        <option value="">{blank}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </Select>
    </FormCell>
  );
};
