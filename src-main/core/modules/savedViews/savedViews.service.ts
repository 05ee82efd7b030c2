import type { SavedView, SavedViewList } from '@shared/contract/schemas/savedViews';
import type { z } from 'zod';
import type {
  savedViewCreateInputSchema,
  savedViewDefaultInputSchema,
  savedViewUpdateInputSchema,
} from '@shared/contract/schemas/savedViews';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { SavedViewsTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { fieldError } from '../companies/fieldError';

type CreateInput = z.output<typeof savedViewCreateInputSchema>;
type UpdateInput = z.output<typeof savedViewUpdateInputSchema>;
type DefaultInput = z.output<typeof savedViewDefaultInputSchema>;

/** A person's default-view row id: one per person and list (`-` before anyone chose who they are). */
const defaultRowId = (userId: string | null, list: SavedViewList): string => `${userId ?? '-'}:${list}`;

const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

const defaultViewId = (db: Db, userId: string | null, list: SavedViewList): string | null =>
  (prepare(db, 'SELECT view_id FROM saved_view_defaults WHERE id = ? AND deleted_at IS NULL')
    .pluck()
    .get(defaultRowId(userId, list)) as string | null | undefined) ?? null;

const toView = (row: SavedViewsTable, userId: string | null, defaultId: string | null): SavedView => ({
  id: row.id,
  list: row.list,
  name: row.name,
  params: row.params,
  hiddenColumns: parseJson<string[]>(row.hidden_columns, []),
  columnSizes: parseJson<Record<string, number>>(row.column_sizes, {}),
  shared: row.shared === 1,
  ownerId: row.owner_id,
  mine: row.owner_id === userId,
  isDefault: row.id === defaultId,
});

/** The views a person sees: their own and the shared ones, live, by name as people read it. */
const visibleRows = (db: Db, userId: string | null, list: SavedViewList): SavedViewsTable[] =>
  (
    prepare(
      db,
      'SELECT * FROM saved_views WHERE list = ? AND deleted_at IS NULL AND (shared = 1 OR owner_id IS ?)',
    ).all(list, userId) as SavedViewsTable[]
  ).sort((a, b) => (foldText(a.name) < foldText(b.name) ? -1 : foldText(a.name) > foldText(b.name) ? 1 : 0));

export const listSavedViews = (ctx: HandlerContext, list: SavedViewList): SavedView[] => {
  const userId = ctx.actorId();
  const defaultId = defaultViewId(ctx.db, userId, list);
  return visibleRows(ctx.db, userId, list).map((row) => toView(row, userId, defaultId));
};

const liveRow = (db: Db, id: string): SavedViewsTable | undefined =>
  prepare(db, 'SELECT * FROM saved_views WHERE id = ? AND deleted_at IS NULL').get(id) as SavedViewsTable | undefined;

/** Names are unique among one person's views of a list (case, ё/е and spacing aside). */
const assertNameFree = (db: Db, list: SavedViewList, ownerId: string | null, name: string, exceptId?: string) => {
  const taken = (
    prepare(db, 'SELECT id, name FROM saved_views WHERE list = ? AND owner_id IS ? AND deleted_at IS NULL').all(
      list,
      ownerId,
    ) as { id: string; name: string }[]
  ).some((row) => row.id !== exceptId && foldText(row.name) === foldText(name));
  if (taken) throw fieldError(['name'], 'name_taken', 'You already have a view with this name');
};

/** One's own view, or a translated refusal: a shared view is read-only to the rest of the team. */
const ownRow = (ctx: HandlerContext, id: string): SavedViewsTable => {
  const row = liveRow(ctx.db, id);
  if (!row) throw fieldError(['id'], 'record_not_found', 'The view was not found or has been deleted');
  if (row.owner_id !== ctx.actorId()) throw fieldError(['id'], 'view_not_yours', 'Another teammate saved this view');
  return row;
};

/** In the caller's write: the person's default of a list set (or cleared) on its one row. */
const writeDefault = (ctx: HandlerContext, writer: ChangeWriter, now: number, list: SavedViewList, viewId: string | null) => {
  const userId = ctx.actorId();
  const id = defaultRowId(userId, list);
  const existing = prepare(ctx.db, 'SELECT * FROM saved_view_defaults WHERE id = ?').get(id) as
    | Record<string, string | number | null>
    | undefined;
  if (existing) writer.update('saved_view_defaults', id, { view_id: viewId, deleted_at: null }, existing);
  else
    writer.insert('saved_view_defaults', {
      id,
      user_id: userId,
      list,
      view_id: viewId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
};

export const createSavedView = (ctx: HandlerContext, input: CreateInput): SavedView => {
  const ownerId = ctx.actorId();
  assertNameFree(ctx.db, input.list, ownerId, input.name);
  const id = uuidv7();
  ctx.write((writer, now) => {
    writer.insert('saved_views', {
      id,
      list: input.list,
      name: input.name,
      owner_id: ownerId,
      shared: input.shared ? 1 : 0,
      params: input.params,
      hidden_columns: JSON.stringify(input.hiddenColumns),
      column_sizes: JSON.stringify(input.columnSizes),
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    if (input.makeDefault) writeDefault(ctx, writer, now, input.list, id);
  });
  return listSavedViews(ctx, input.list).find((view) => view.id === id) as SavedView;
};

export const updateSavedView = (ctx: HandlerContext, input: UpdateInput): SavedView => {
  const row = ownRow(ctx, input.id);
  const { patch } = input;
  if (patch.name !== undefined) assertNameFree(ctx.db, row.list, row.owner_id, patch.name, row.id);
  ctx.write((writer) => {
    writer.update(
      'saved_views',
      row.id,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.shared !== undefined ? { shared: patch.shared ? 1 : 0 } : {}),
        ...(patch.params !== undefined ? { params: patch.params } : {}),
        ...(patch.hiddenColumns !== undefined ? { hidden_columns: JSON.stringify(patch.hiddenColumns) } : {}),
        ...(patch.columnSizes !== undefined ? { column_sizes: JSON.stringify(patch.columnSizes) } : {}),
      },
      row,
    );
  });
  return listSavedViews(ctx, row.list).find((view) => view.id === row.id) as SavedView;
};

export const deleteSavedView = (ctx: HandlerContext, id: string): Record<string, never> => {
  const row = ownRow(ctx, id);
  ctx.write((writer, now) => {
    writer.update('saved_views', row.id, { deleted_at: now }, row);
  });
  return {};
};

/** The current user's default view of a list; only a view they can see. */
export const setDefaultView = (ctx: HandlerContext, input: DefaultInput): Record<string, never> => {
  if (input.viewId !== null) {
    const visible = visibleRows(ctx.db, ctx.actorId(), input.list).some((row) => row.id === input.viewId);
    if (!visible) throw fieldError(['viewId'], 'record_not_found', 'The view was not found or has been deleted');
  }
  ctx.write((writer, now) => writeDefault(ctx, writer, now, input.list, input.viewId));
  return {};
};
