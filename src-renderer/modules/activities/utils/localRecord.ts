/**
 * A record of values by key kept in the browser's storage, so what it remembers survives a reload
 * or a restart. Unreadable storage reads as empty; a write that fails (storage full or blocked)
 * holds for this session only.
 */
export const localRecord = <T>(key: string) => ({
  read(): Record<string, T> {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, T>) : {};
    } catch {
      return {};
    }
  },
  write(record: Record<string, T>): void {
    try {
      localStorage.setItem(key, JSON.stringify(record));
    } catch {
      // See above: remembered for this session only.
    }
  },
});
