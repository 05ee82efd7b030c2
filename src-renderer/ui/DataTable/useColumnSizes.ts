import type { ColumnSizingState } from '@tanstack/react-table';
import { useCallback, useState } from 'react';

const read = (storageKey: string): ColumnSizingState => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      return Object.fromEntries(
        Object.entries(stored).filter(
          (entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]),
        ),
      );
    }
  } catch {
    // A damaged value is as good as none: every column takes its default width.
  }
  return {};
};

export type ColumnSizes = {
  /** Widths the user dragged (px by column id); a column not listed has its default width. */
  sizing: ColumnSizingState;
  setSizing(sizing: ColumnSizingState): void;
};

/**
 * The column widths a user set on a table, kept in localStorage beside the hidden columns: a view
 * preference of this device, not data to sync.
 */
export const useColumnSizes = (storageKey: string): ColumnSizes => {
  const [sizing, setState] = useState(() => read(storageKey));
  const setSizing = useCallback(
    (next: ColumnSizingState) => {
      setState(next);
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the widths still hold for this session.
      }
    },
    [storageKey],
  );
  return { sizing, setSizing };
};
