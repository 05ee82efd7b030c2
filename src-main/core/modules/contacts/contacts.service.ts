import type {
  Contact,
  ContactDuplicate,
  ContactPatch,
  ContactSaved,
  contactCreateInputSchema,
} from '@shared/contract/schemas/contacts';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import { normalizePhone } from '@shared/domain/normalizePhone';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import { setCustomValues } from '../customFields/setCustomValues';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { ContactsTable } from '../../db/schema';
import { findCompanyRow } from '../companies/companies.repo';
import { fieldError } from '../companies/fieldError';
import { checkOwner } from '../users/checkOwner';
import { findContactRow, findContactsByEmailOrPhone, toContact } from './contacts.repo';
import { patchToColumns } from '../../changes/patchToColumns';
import { phoneCountryOf } from '../settings/phoneCountryOf';
import { workspacePhone } from '../settings/workspacePhone';

type ContactCreate = z.output<typeof contactCreateInputSchema>;

const notFound = (id: string) => new DomainError('NOT_FOUND', 'Contact not found', { entity: 'contact', id });

const requireLiveRow = (db: Db, id: string): ContactsTable => {
  const row = findContactRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound(id);
  // An erased person stays erased: new data about them is not written to the husk (see eraseContact).
  if (row.erased_at !== null) throw conflictError('contact_erased', 'The contact’s personal data was erased');
  return row;
};

/** Readable by id even when tombstoned (`deletedAt` set), so history and undo resolve it. */
export const getContact = (db: Db, id: string): Contact => {
  const row = findContactRow(db, id);
  if (!row) throw notFound(id);
  return toContact(row);
};

const checkCompany = (db: Db, path: readonly string[], companyId: string | null | undefined): void => {
  if (companyId === null || companyId === undefined) return;
  const company = findCompanyRow(db, companyId);
  if (!company || company.deleted_at !== null)
    throw fieldError(path, 'company_not_found', 'The company does not exist');
};

/** Possible duplicates by normalised e-mail or phone; raw form values, unreadable ones ignored. */
export const contactDuplicates = (
  db: Db,
  input: { id?: string | undefined; email?: string | null | undefined; phone?: string | null | undefined },
): ContactDuplicate[] => {
  const email = input.email ? normalizeEmail(input.email) : null;
  const phoneNormalized = input.phone ? normalizePhone(input.phone, phoneCountryOf(db)) : null;
  return findContactsByEmailOrPhone(db, { email, phoneNormalized, exceptId: input.id ?? null }).map((row) => ({
    id: row.id,
    name: row.name,
    companyId: row.company_id,
    companyName: row.company_name,
    email: row.email,
    phone: row.phone,
    matchedOn: [
      ...(email !== null && row.email === email ? (['email'] as const) : []),
      ...(phoneNormalized !== null && row.phone_normalized === phoneNormalized ? (['phone'] as const) : []),
    ],
  }));
};

const saved = (db: Db, id: string): ContactSaved => {
  const contact = getContact(db, id);
  return { contact, duplicates: contactDuplicates(db, { id, email: contact.email, phone: contact.phone }) };
};

/**
 * `sideRecord`: made by name with a deal or a lead (New deal's "create «…»", the New lead form), not
 * in this record's own form, so its "required always" fields are not asked for (see setCustomValues).
 */
export const createContact = (
  ctx: HandlerContext,
  { customValues, ...input }: ContactCreate,
  { sideRecord = false }: { sideRecord?: boolean } = {},
): ContactSaved => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkCompany(ctx.db, ['companyId'], input.companyId);
    checkOwner(ctx.db, ['ownerId'], input.ownerId);
    const phone = workspacePhone(ctx.db, ['phone'], input.phone) ?? null;
    writer.insert('contacts', {
      id,
      company_id: input.companyId ?? null,
      name: input.name,
      job_title: input.jobTitle ?? null,
      role: input.role ?? null,
      persona: input.persona ?? null,
      email: input.email ?? null,
      phone,
      // A new contact is the creator's unless the form says otherwise.
      owner_id: input.ownerId === undefined ? ctx.actorId() : input.ownerId,
      notes: input.notes ?? null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    if (!sideRecord || customValues) {
      setCustomValues(
        ctx.db,
        writer,
        now,
        { entity: 'contact', recordId: id, values: customValues ?? {} },
        { creating: !sideRecord },
      );
    }
  });
  return saved(ctx.db, id);
};

const PATCH_COLUMNS: Record<keyof ContactPatch, string> = {
  name: 'name',
  companyId: 'company_id',
  jobTitle: 'job_title',
  role: 'role',
  persona: 'persona',
  email: 'email',
  phone: 'phone',
  ownerId: 'owner_id',
  notes: 'notes',
};

/** Writes only the fields that changed; each becomes one change-log message. */
export const updateContact = (ctx: HandlerContext, id: string, patch: ContactPatch): ContactSaved => {
  ctx.write((writer) => {
    const current = requireLiveRow(ctx.db, id);
    if (patch.companyId !== current.company_id) checkCompany(ctx.db, ['patch', 'companyId'], patch.companyId);
    if (patch.ownerId !== current.owner_id) checkOwner(ctx.db, ['patch', 'ownerId'], patch.ownerId);
    const phone = workspacePhone(ctx.db, ['patch', 'phone'], patch.phone);
    writer.update('contacts', id, patchToColumns({ ...patch, phone }, PATCH_COLUMNS), current);
  });
  return saved(ctx.db, id);
};

/** Tombstone: the row stays (history, sync, undo) and leaves every list. */
export const setContactDeleted = (ctx: HandlerContext, id: string, deleted: boolean): Contact => {
  ctx.write((writer, now) => {
    const current = findContactRow(ctx.db, id);
    if (!current) throw notFound(id);
    if (deleted !== (current.deleted_at !== null)) {
      writer.update('contacts', id, { deleted_at: deleted ? now : null }, current);
    }
  });
  return getContact(ctx.db, id);
};
