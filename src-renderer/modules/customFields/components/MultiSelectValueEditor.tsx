import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import type { ComponentProps } from 'react';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';
import { CustomValueEditor } from './CustomValueEditor';

type Props = Omit<ComponentProps<typeof CustomValueEditor>, 'onSave'> & {
  /** Saves the whole list of ticked options; resolves false when it was refused. */
  onSave(value: CustomValue): Promise<boolean>;
};

/**
 * A saved record's multi-select: each tick saves the whole list of ticked options, so the ticks
 * show at once and are saved in their order, each list built on the one before (not on the
 * loaded value, which catches up only after its reload: a second tick would drop the first).
 */
export const MultiSelectValueEditor = ({ value, onSave, ...props }: Props) => {
  const ticks = useSavesInOrder(value);
  return (
    <CustomValueEditor {...props} value={ticks.shown} onSave={(next) => void ticks.save(next, () => onSave(next))} />
  );
};
