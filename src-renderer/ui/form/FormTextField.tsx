import { FormCell, type FormCellProps } from './FormCell';
import { LengthCounter } from './LengthCounter';
import type { TextFieldOf } from './TextFieldOf';

export type FormTextFieldProps<V> = Omit<FormCellProps<V>, 'field' | 'children'> & {
  field: TextFieldOf<V>;
  placeholder?: string | undefined;
  inputMode?: 'numeric' | 'tel' | 'email' | 'url' | undefined;
  /** A <datalist> of suggestions. */
  list?: string | undefined;
  /** Digits in tabular figures (INN, KPP). */
  mono?: boolean | undefined;
  /** The box the dialog starts in. */
  autoFocus?: boolean | undefined;
};

/** A text box in a record form's grid, checked again as the user leaves it. */
export const FormTextField = <V,>({
  field,
  placeholder,
  inputMode,
  list,
  mono = false,
  autoFocus = false,
  ...cell
}: FormTextFieldProps<V>) => {
  const { form } = cell;
  // TextFieldOf guarantees a string; TypeScript cannot follow it through the generic V.
  const text = form.values[field] as string;
  const max = form.limitOf(field);
  return (
    <FormCell {...cell} field={field} counter={<LengthCounter length={text.length} max={max} />}>
      <input
        name={field}
        className={mono ? 'input num' : 'input'}
        autoComplete="off"
        autoFocus={autoFocus}
        data-autofocus={autoFocus ? '' : undefined}
        inputMode={inputMode}
        list={list}
        placeholder={placeholder}
        maxLength={max}
        value={text}
        onChange={(event) => form.set(field, event.target.value as V[TextFieldOf<V>])}
        onBlur={() => form.recheck(field)}
        {...form.control(field, cell.hint)}
      />
    </FormCell>
  );
};
