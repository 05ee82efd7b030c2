import { FormCell, type FormCellProps } from './FormCell';
import { LengthCounter } from './LengthCounter';
import type { TextFieldOf } from './TextFieldOf';

export type FormTextAreaProps<V> = Omit<FormCellProps<V>, 'field' | 'children'> & {
  field: TextFieldOf<V>;
  rows?: number;
};

/** A few lines of free text (notes) in a record form's grid. */
export const FormTextArea = <V,>({ rows = 3, ...cell }: FormTextAreaProps<V>) => {
  const { form, field } = cell;
  const text = form.values[field] as string;
  const max = form.limitOf(field);
  return (
    <FormCell {...cell} counter={<LengthCounter length={text.length} max={max} />}>
      <textarea
        name={field}
        className="textarea"
        rows={rows}
        maxLength={max}
        value={text}
        onChange={(event) => form.set(field, event.target.value as V[TextFieldOf<V>])}
        {...form.control(field)}
      />
    </FormCell>
  );
};
