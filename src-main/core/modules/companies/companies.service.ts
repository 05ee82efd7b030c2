import type { Company, CompanyPatch, CompanySaved, companyCreateInputSchema } from '@shared/contract/schemas/companies';
import { fieldIssue } from '@shared/contract/schemas/fields';
import { companyIdentifierConflicts } from '@shared/domain/companyIdentifierIssues';
import { v7 as uuidv7 } from 'uuid';
import { ZodError, type z } from 'zod';
import { DomainError } from '../../DomainError';
import { setCustomValues } from '../customFields/setCustomValues';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { CompaniesTable } from '../../db/schema';
import { checkOwner } from '../users/checkOwner';
import { findCompanyRow, toCompany } from './companies.repo';
import { workspacePhone } from '../settings/workspacePhone';
import { companyDuplicates } from './companyDuplicates';
import { patchToColumns } from '../../changes/patchToColumns';

type CompanyCreate = z.output<typeof companyCreateInputSchema>;

const notFound = (id: string) => new DomainError('NOT_FOUND', 'Company not found', { entity: 'company', id });

export const requireLiveCompanyRow = (db: Db, id: string): CompaniesTable => {
  const row = findCompanyRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound(id);
  return row;
};

/** Readable by id even when tombstoned (`deletedAt` set), so history and undo resolve it. */
export const getCompany = (db: Db, id: string): Company => {
  const row = findCompanyRow(db, id);
  if (!row) throw notFound(id);
  return toCompany(row);
};

const saved = (db: Db, id: string): CompanySaved => {
  const company = getCompany(db, id);
  return {
    company,
    duplicates: companyDuplicates(db, {
      id,
      inn: company.inn,
      email: company.email,
      phone: company.phone,
      website: company.website,
      name: company.name,
    }),
  };
};

/**
 * `sideRecord`: made by name with a deal or a lead (New deal's "create «…»", the New lead form), not
 * in this record's own form, so its "required always" fields are not asked for (see setCustomValues).
 */
export const createCompany = (
  ctx: HandlerContext,
  { customValues, ...input }: CompanyCreate,
  { sideRecord = false }: { sideRecord?: boolean } = {},
): CompanySaved => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkOwner(ctx.db, ['ownerId'], input.ownerId);
    writer.insert('companies', {
      id,
      name: input.name,
      inn: input.inn ?? null,
      kpp: input.kpp ?? null,
      ogrn: input.ogrn ?? null,
      industry: input.industry ?? null,
      size: input.size ?? null,
      region: input.region ?? null,
      segment: input.segment ?? null,
      website: input.website ?? null,
      phone: workspacePhone(ctx.db, ['phone'], input.phone) ?? null,
      email: input.email ?? null,
      // A new company is the creator's unless the form says otherwise.
      owner_id: input.ownerId === undefined ? ctx.actorId() : input.ownerId,
      notes: input.notes ?? null,
      annual_revenue_minor: input.annualRevenueMinor ?? null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    if (!sideRecord || customValues) {
      setCustomValues(
        ctx.db,
        writer,
        now,
        { entity: 'company', recordId: id, values: customValues ?? {} },
        { creating: !sideRecord },
      );
    }
  });
  return saved(ctx.db, id);
};

const PATCH_COLUMNS: Record<keyof CompanyPatch, string> = {
  name: 'name',
  inn: 'inn',
  kpp: 'kpp',
  ogrn: 'ogrn',
  industry: 'industry',
  size: 'size',
  region: 'region',
  segment: 'segment',
  website: 'website',
  phone: 'phone',
  email: 'email',
  ownerId: 'owner_id',
  notes: 'notes',
  annualRevenueMinor: 'annual_revenue_minor',
};

/** The record as it would be after the patch must hold the rules between its identifiers. */
const checkIdentifiers = (current: CompaniesTable, patch: CompanyPatch): void => {
  // Old records are not re-judged when an unrelated field is edited.
  if (patch.inn === undefined && patch.kpp === undefined && patch.ogrn === undefined) return;
  const merged = {
    inn: patch.inn === undefined ? current.inn : patch.inn,
    kpp: patch.kpp === undefined ? current.kpp : patch.kpp,
    ogrn: patch.ogrn === undefined ? current.ogrn : patch.ogrn,
  };
  const issues = companyIdentifierConflicts(merged);
  if (issues.length > 0) {
    throw new ZodError(
      issues.map((issue) => ({ ...fieldIssue(issue.reason, issue.message), path: ['patch', issue.field] })),
    );
  }
};

/** Writes only the fields that changed; each becomes one change-log message. */
export const updateCompany = (ctx: HandlerContext, id: string, patch: CompanyPatch): CompanySaved => {
  ctx.write((writer) => {
    const current = requireLiveCompanyRow(ctx.db, id);
    checkIdentifiers(current, patch);
    if (patch.ownerId !== current.owner_id) checkOwner(ctx.db, ['patch', 'ownerId'], patch.ownerId);
    const phone = workspacePhone(ctx.db, ['patch', 'phone'], patch.phone);
    const values = patchToColumns({ ...patch, phone }, PATCH_COLUMNS);
    writer.update('companies', id, values, current);
  });
  return saved(ctx.db, id);
};

/**
 * Tombstone: the row stays (history, sync, undo) and leaves every list. Its deals and contacts
 * keep the link, so a restore brings the whole picture back.
 */
export const setCompanyDeleted = (ctx: HandlerContext, id: string, deleted: boolean): Company => {
  ctx.write((writer, now) => {
    const current = findCompanyRow(ctx.db, id);
    if (!current) throw notFound(id);
    if (deleted !== (current.deleted_at !== null)) {
      writer.update('companies', id, { deleted_at: deleted ? now : null }, current);
    }
  });
  return getCompany(ctx.db, id);
};
