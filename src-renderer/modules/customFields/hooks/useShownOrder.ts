import type { CustomField } from '@shared/contract/schemas/customFields';
import { useMemo } from 'react';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';

/**
 * The settings list's fields in the order shown: a move shows at once and the moves are saved in
 * their order (useSavesInOrder). `active` are the fields that can move; `listed` all of them, the
 * archived ones (when shown) staying where the list has them.
 */
export const useShownOrder = (fields: readonly CustomField[] | null) => {
  const storedIds = useMemo(
    () => (fields ?? []).filter((field) => field.archivedAt === null).map((field) => field.id),
    [fields],
  );
  const order = useSavesInOrder(storedIds);
  const byId = new Map((fields ?? []).map((field) => [field.id, field]));
  // A field archived meanwhile leaves the order; one added meanwhile shows last until it is stored.
  const ids = [
    ...order.shown.filter((id) => storedIds.includes(id)),
    ...storedIds.filter((id) => !order.shown.includes(id)),
  ];
  const active = ids.map((id) => byId.get(id)).filter((field) => field !== undefined);
  let slot = 0;
  const listed = (fields ?? []).map((field) => (field.archivedAt === null ? (active[slot++] ?? field) : field));
  return { active, listed, save: order.save };
};
