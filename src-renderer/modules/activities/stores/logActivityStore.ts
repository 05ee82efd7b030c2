import { create } from 'zustand';

/** What a new activity is logged on: a deal, a company or a contact, and the form's default currency. */
export type LogTarget = {
  dealId?: string;
  companyId?: string;
  contactId?: string;
  /** The record's name, shown in the form's title. */
  label: string;
  currency?: string;
};

type LogActivityState = {
  /** The log form is open on this record. */
  target: LogTarget | null;
  /** The "which record?" picker is open (the shortcut pressed with no record in view). */
  picking: boolean;
  /** The record the current page shows (a company's page), for the shortcut. */
  inView: LogTarget | null;
  open(target: LogTarget): void;
  pick(): void;
  close(): void;
  setInView(target: LogTarget | null): void;
};

/** Logging an activity from anywhere: the board's cards, the company page, the shortcut. */
export const useLogActivityStore = create<LogActivityState>((set) => ({
  target: null,
  picking: false,
  inView: null,
  open: (target) => set({ target, picking: false }),
  pick: () => set({ target: null, picking: true }),
  close: () => set({ target: null, picking: false }),
  setInView: (inView) => set({ inView }),
}));
