import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Kanban order as fractional index strings: moving a card writes one key between its
 * neighbours, never renumbers the column. Keys compare with plain (binary) string order.
 */
export const positionBetween = (before: string | null, after: string | null): string =>
  generateKeyBetween(before, after);

export const positionsBetween = (before: string | null, after: string | null, count: number): string[] =>
  generateNKeysBetween(before, after, count);

export const comparePositions = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
