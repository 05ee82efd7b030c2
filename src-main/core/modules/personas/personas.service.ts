import type { Persona, PersonaChannel } from '@shared/contract/schemas/personas';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { PersonasTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { fieldError } from '../companies/fieldError';
import { notFound } from '../pipelines/notFound';

type Fields = {
  name: string;
  role: string | null;
  goals: string | null;
  pains: string | null;
  objections: string | null;
  channels: PersonaChannel[];
};

const findPersonaRow = (db: Db, id: string): PersonasTable | undefined =>
  prepare(db, 'SELECT * FROM personas WHERE id = ?').get(id) as PersonasTable | undefined;

const requirePersonaRow = (db: Db, id: string): PersonasTable => {
  const row = findPersonaRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound('persona', id);
  return row;
};

/** Live contacts whose persona field names the persona (folded: case, ё, spacing). */
const contactsNaming = (db: Db, name: string): { id: string; persona: string }[] =>
  prepare(db, 'SELECT id, persona FROM contacts WHERE deleted_at IS NULL AND fold_text(persona) = ?').all(
    foldText(name),
  ) as { id: string; persona: string }[];

const toPersona = (db: Db, row: PersonasTable): Persona => ({
  id: row.id,
  name: row.name,
  role: row.role,
  goals: row.goals,
  pains: row.pains,
  objections: row.objections,
  channels: JSON.parse(row.channels) as PersonaChannel[],
  contacts: contactsNaming(db, row.name).length,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const blankToNull = (text: string | null | undefined): string | null | undefined =>
  text === undefined ? undefined : text === null || text.trim() === '' ? null : text;

/** Names are unique among live personas (folded): a contact's persona text names exactly one. */
const checkName = (db: Db, name: string, exceptId: string | null, path: string[]): void => {
  const taken = (prepare(db, 'SELECT id, name FROM personas WHERE deleted_at IS NULL').all() as PersonasTable[]).some(
    (row) => row.id !== exceptId && foldText(row.name) === foldText(name),
  );
  if (taken) throw fieldError(path, 'name_taken', 'A persona with this name already exists');
};

export const listPersonas = (ctx: HandlerContext): Persona[] =>
  (
    prepare(
      ctx.db,
      'SELECT * FROM personas WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
    ).all() as PersonasTable[]
  ).map((row) => toPersona(ctx.db, row));

export const createPersona = (ctx: HandlerContext, input: Fields): Persona => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkName(ctx.db, input.name, null, ['name']);
    writer.insert('personas', {
      id,
      name: input.name,
      role: blankToNull(input.role) ?? null,
      goals: blankToNull(input.goals) ?? null,
      pains: blankToNull(input.pains) ?? null,
      objections: blankToNull(input.objections) ?? null,
      channels: JSON.stringify([...new Set(input.channels)]),
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return toPersona(ctx.db, requirePersonaRow(ctx.db, id));
};

/** A new name is carried to every contact that named the old one, in the same write. */
export const updatePersona = (ctx: HandlerContext, id: string, patch: Partial<Fields>): Persona => {
  ctx.write((writer) => {
    const current = requirePersonaRow(ctx.db, id);
    if (patch.name !== undefined) checkName(ctx.db, patch.name, id, ['patch', 'name']);
    const values: RowValues = {};
    if (patch.name !== undefined) values['name'] = patch.name;
    for (const field of ['role', 'goals', 'pains', 'objections'] as const) {
      const value = blankToNull(patch[field]);
      if (value !== undefined) values[field] = value;
    }
    if (patch.channels !== undefined) values['channels'] = JSON.stringify([...new Set(patch.channels)]);
    writer.update('personas', id, values, current);
    if (patch.name === undefined || patch.name === current.name) return;
    for (const contact of contactsNaming(ctx.db, current.name)) {
      writer.update('contacts', contact.id, { persona: patch.name });
    }
  });
  return toPersona(ctx.db, requirePersonaRow(ctx.db, id));
};

export const deletePersona = (ctx: HandlerContext, id: string): { id: string } => {
  ctx.write((writer, now) => {
    const current = requirePersonaRow(ctx.db, id);
    writer.update('personas', id, { deleted_at: now }, current);
  });
  return { id };
};
