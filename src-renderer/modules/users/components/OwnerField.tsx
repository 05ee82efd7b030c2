import type { FormCellProps } from '../../../ui/form/FormCell';
import { FormCell } from '../../../ui/form/FormCell';
import type { RecordFormState } from '../../../ui/form/useRecordForm';
import { OwnerPicker } from './OwnerPicker';

export type OwnerFieldProps<V extends { ownerId: string | null }> = {
  form: RecordFormState<V>;
  label: string;
  span: FormCellProps<V>['span'];
};

/** A record form's owner (its `ownerId` field), picked among the active users. */
export const OwnerField = <V extends { ownerId: string | null }>({ form, label, span }: OwnerFieldProps<V>) => (
  <FormCell form={form} field="ownerId" label={label} span={span}>
    <OwnerPicker
      name="ownerId"
      value={form.values.ownerId}
      onChange={(ownerId) => form.set('ownerId', ownerId as V['ownerId'])}
      {...form.control('ownerId')}
    />
  </FormCell>
);
