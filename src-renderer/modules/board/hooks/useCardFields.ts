import type { CustomField } from '@shared/contract/schemas/customFields';
import { useMemo } from 'react';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';

const NONE: readonly CustomField[] = [];

/**
 * The definitions of a pipeline's card fields in its chosen order; an archived or unknown field is
 * left out (its value stays stored, the card just stops showing it).
 */
export const useCardFields = (cardFieldIds: readonly string[]): readonly CustomField[] => {
  const fields = useCustomFields('deal');
  return useMemo(() => {
    if (cardFieldIds.length === 0 || !fields) return NONE;
    const byId = new Map(fields.map((field) => [field.id, field]));
    return cardFieldIds.flatMap((id) => byId.get(id) ?? []);
  }, [cardFieldIds, fields]);
};
