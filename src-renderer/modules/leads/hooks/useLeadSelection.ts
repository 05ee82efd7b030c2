import { useCallback, useMemo, useState } from 'react';

export type LeadSelection = {
  ids: ReadonlySet<string>;
  toggle(id: string): void;
  /** Every row on the page, or none when all of them are already selected. */
  toggleAll(pageIds: readonly string[]): void;
  clear(): void;
  /** Only the ids still on the page stay chosen (a lead that left the inbox is dropped). */
  visible(pageIds: readonly string[]): string[];
};

/** The rows ticked for a bulk action; kept by id so a refetch does not lose them. */
export const useLeadSelection = (): LeadSelection => {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  const toggleAll = useCallback((pageIds: readonly string[]) => {
    setIds((current) => (pageIds.every((id) => current.has(id)) ? new Set() : new Set(pageIds)));
  }, []);
  const clear = useCallback(() => setIds(new Set()), []);
  const visible = useCallback((pageIds: readonly string[]) => pageIds.filter((id) => ids.has(id)), [ids]);
  return useMemo(() => ({ ids, toggle, toggleAll, clear, visible }), [ids, toggle, toggleAll, clear, visible]);
};
