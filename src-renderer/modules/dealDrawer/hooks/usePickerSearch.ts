import { useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

/** How many matches a picker lists. */
const PICKER_LIMIT = 8;

export type PickerSearch = {
  /** What to ask the server for: the typed text once typing pauses; null while the picker is closed. */
  query: { search?: string; limit: number } | null;
  /** The SearchPicker's open state and search box. */
  picker: { open: boolean; onOpenChange(open: boolean): void; search: string; onSearch(text: string): void };
};

/** The open state and search text of a SearchPicker whose matches come from a server search. */
export const usePickerSearch = (): PickerSearch => {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const typed = useDebouncedValue(search, 200).trim();
  return {
    query: open ? { ...(typed ? { search: typed } : {}), limit: PICKER_LIMIT } : null,
    picker: { open, onOpenChange: setOpen, search, onSearch: setSearch },
  };
};
