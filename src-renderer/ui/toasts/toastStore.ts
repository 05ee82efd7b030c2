import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

/** One button on a toast (Undo, Open); pressing it runs `run` and closes the toast. */
export type ToastAction = { label: string; run(): void };

export type Toast = { id: number; tone: ToastTone; message: string; detail?: string; action?: ToastAction };

type ToastState = {
  toasts: Toast[];
  push(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
};

/** The most toasts on screen at once; older ones give way. */
const MAX_TOASTS = 4;
let nextId = 1;

export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  push(toast) {
    const id = nextId++;
    set((state) => {
      // The same message twice in a row (a burst of failing refetches) shows once.
      const duplicate = state.toasts.find((shown) => shown.message === toast.message && shown.tone === toast.tone);
      if (duplicate) return state;
      return { toasts: [...state.toasts, { ...toast, id }].slice(-MAX_TOASTS) };
    });
    return id;
  },
  dismiss(id) {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
}));
