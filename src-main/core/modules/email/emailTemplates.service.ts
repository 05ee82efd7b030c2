import type { EmailTemplate, TemplateForm } from '@shared/contract/schemas/email';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { EmailTemplatesTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { notFound } from '../pipelines/notFound';

export const findTemplateRow = (db: Db, id: string): EmailTemplatesTable | undefined =>
  prepare(db, 'SELECT * FROM email_templates WHERE id = ?').get(id) as EmailTemplatesTable | undefined;

export const requireTemplateRow = (db: Db, id: string): EmailTemplatesTable => {
  const row = findTemplateRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound('email_template', id);
  return row;
};

const toTemplate = (row: EmailTemplatesTable): EmailTemplate => ({
  id: row.id,
  name: row.name,
  language: row.language,
  subject: row.subject,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const listTemplates = (ctx: HandlerContext): EmailTemplate[] =>
  (
    prepare(
      ctx.db,
      'SELECT * FROM email_templates WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
    ).all() as EmailTemplatesTable[]
  ).map(toTemplate);

type Fields = { name: string; language: 'ru' | 'en'; subject: string; body: string };

export const createTemplate = (ctx: HandlerContext, input: Fields): EmailTemplate => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    writer.insert('email_templates', { id, ...input, created_at: now, updated_at: now, deleted_at: null });
  });
  return toTemplate(requireTemplateRow(ctx.db, id));
};

export const updateTemplate = (ctx: HandlerContext, id: string, patch: Partial<TemplateForm>): EmailTemplate => {
  ctx.write((writer) => {
    const current = requireTemplateRow(ctx.db, id);
    const values: RowValues = {};
    for (const field of ['name', 'language', 'subject', 'body'] as const) {
      if (patch[field] !== undefined) values[field] = patch[field];
    }
    writer.update('email_templates', id, values, current);
  });
  return toTemplate(requireTemplateRow(ctx.db, id));
};

/** A tombstone: queued messages keep their text, and rules that name it skip with a reason. */
export const deleteTemplate = (ctx: HandlerContext, id: string): { id: string } => {
  ctx.write((writer, now) => {
    writer.update('email_templates', id, { deleted_at: now }, requireTemplateRow(ctx.db, id));
  });
  return { id };
};
