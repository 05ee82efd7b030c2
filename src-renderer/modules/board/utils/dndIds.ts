/**
 * Droppable ids on the board: cards use their deal id; columns and the Won/Lost zones get a
 * prefix (deal ids are UUIDs, so the prefixes cannot collide).
 */
export type DropKind = 'card' | 'column' | 'zone';
export type ZoneId = 'won' | 'lost';

export const columnDropId = (stageId: string) => `column:${stageId}`;
export const zoneDropId = (zone: ZoneId) => `zone:${zone}`;

export const dropKindOf = (id: string | number): DropKind => {
  const text = String(id);
  if (text.startsWith('column:')) return 'column';
  if (text.startsWith('zone:')) return 'zone';
  return 'card';
};

export const zoneOf = (id: string | number): ZoneId | null => {
  const text = String(id);
  return text === 'zone:won' ? 'won' : text === 'zone:lost' ? 'lost' : null;
};

/** What each droppable carries in `data`, so handlers know the column without a lookup. */
export type DropData = { kind: DropKind; stageId: string | null };
