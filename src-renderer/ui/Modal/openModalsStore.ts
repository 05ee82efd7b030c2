import { create } from 'zustand';

type OpenModals = {
  /** The open modals' ids, the last opened last: it is the one on top. */
  stack: readonly string[];
  opened(id: string): void;
  closed(id: string): void;
};

/**
 * Which modals are open, in order. A modal dialog puts the rest of the page under its backdrop
 * and makes it inert, so the toasts are shown inside the topmost one instead (Toasts): an error
 * that explains why a dialog's save failed would otherwise be hidden behind it.
 */
export const useOpenModalsStore = create<OpenModals>((set) => ({
  stack: [],
  opened: (id) => set((state) => ({ stack: [...state.stack.filter((open) => open !== id), id] })),
  closed: (id) => set((state) => ({ stack: state.stack.filter((open) => open !== id) })),
}));
