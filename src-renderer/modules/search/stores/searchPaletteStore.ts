import { create } from 'zustand';

type SearchPaletteState = { open: boolean; show(): void; hide(): void };

/** Whether the Ctrl+K search is open: the shortcut and the top bar's button both open it. */
export const useSearchPaletteStore = create<SearchPaletteState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
