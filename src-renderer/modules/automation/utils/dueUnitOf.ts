import type { DUE_UNITS } from './dueUnits';

/** The largest unit a due offset is a whole number of (zero reads as hours: days need more than zero). */
export const dueUnitOf = (minutes: number): keyof typeof DUE_UNITS =>
  minutes % 1440 === 0 && minutes > 0 ? 'days' : minutes % 60 === 0 ? 'hours' : 'minutes';
