import type {
  CompanyIcpFit,
  IcpProfile,
  IcpProfileCreateInput,
  IcpProfilePatch,
} from '@shared/contract/schemas/icpProfiles';
import { ICP_SIZES } from '@shared/domain/icpFit';
import { bestIcpFit } from '@shared/domain/bestIcpFit';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { IcpProfilesTable } from '../../db/schema';
import { fieldError } from '../companies/fieldError';
import { requireLiveCompanyRow } from '../companies/companies.service';
import { approvedIcpProfiles } from './approvedIcpProfiles';
import { companyIcpFacts } from './companyIcpFacts';
import { findIcpProfileRow, listIcpProfileRows, liveCompanyFacts, toIcpProfile } from './icpProfiles.repo';
import { refreshIcpFits } from './refreshIcpFits';

/** Columns of the rules: changing any of them is a different profile from the one approved. */
const RULE_COLUMNS: Record<string, string> = {
  industries: 'industries',
  sizeMin: 'size_min',
  sizeMax: 'size_max',
  regions: 'regions',
  revenueMinMinor: 'revenue_min_minor',
  revenueMaxMinor: 'revenue_max_minor',
  mustHave: 'must_have',
  excluding: 'excluding',
};
const LIST_FIELDS = new Set(['industries', 'regions', 'mustHave', 'excluding']);

const requireProfileRow = (db: Db, id: string): IcpProfilesTable => {
  const row = findIcpProfileRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'ICP profile not found', { entity: 'icpProfile', id });
  return row;
};

/** Names are unique among live profiles: the list and the fit's reasons name them. */
const checkName = (db: Db, name: string, exceptId: string | null, path: string[] = ['name']): void => {
  const wanted = name.toLocaleLowerCase();
  if (listIcpProfileRows(db).some((row) => row.id !== exceptId && row.name.toLocaleLowerCase() === wanted)) {
    throw fieldError(path, 'name_taken', 'A profile with this name already exists');
  }
};

/** The ranges as they would be after the patch: a lower end above the upper end fits nobody. */
const checkRanges = (current: IcpProfilesTable, patch: IcpProfilePatch): void => {
  const sizeMin = patch.sizeMin === undefined ? current.size_min : patch.sizeMin;
  const sizeMax = patch.sizeMax === undefined ? current.size_max : patch.sizeMax;
  if (sizeMin !== null && sizeMax !== null && ICP_SIZES.indexOf(sizeMax) < ICP_SIZES.indexOf(sizeMin)) {
    throw fieldError(
      ['patch', patch.sizeMax === undefined ? 'sizeMin' : 'sizeMax'],
      'range_reversed',
      'Size range reversed',
    );
  }
  const low = patch.revenueMinMinor === undefined ? current.revenue_min_minor : patch.revenueMinMinor;
  const high = patch.revenueMaxMinor === undefined ? current.revenue_max_minor : patch.revenueMaxMinor;
  if (low !== null && high !== null && high < low) {
    throw fieldError(
      ['patch', patch.revenueMaxMinor === undefined ? 'revenueMinMinor' : 'revenueMaxMinor'],
      'range_reversed',
      'Revenue range reversed',
    );
  }
};

const profileOf = (db: Db, id: string): IcpProfile => toIcpProfile(db, requireProfileRow(db, id), liveCompanyFacts(db));

export const listIcpProfiles = (ctx: HandlerContext): IcpProfile[] => {
  const companies = liveCompanyFacts(ctx.db);
  return listIcpProfileRows(ctx.db).map((row) => toIcpProfile(ctx.db, row, companies));
};

/** A new profile is a draft: it fits nobody until someone approves it. */
export const createIcpProfile = (ctx: HandlerContext, input: IcpProfileCreateInput): IcpProfile => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkName(ctx.db, input.name, null);
    writer.insert('icp_profiles', {
      id,
      name: input.name,
      industries: JSON.stringify(input.industries),
      size_min: input.sizeMin,
      size_max: input.sizeMax,
      regions: JSON.stringify(input.regions),
      revenue_min_minor: input.revenueMinMinor,
      revenue_max_minor: input.revenueMaxMinor,
      must_have: JSON.stringify(input.mustHave),
      excluding: JSON.stringify(input.excluding),
      notes: input.notes,
      status: 'draft',
      approved_by: null,
      approved_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return profileOf(ctx.db, id);
};

/**
 * Writes the fields that changed. A change to the rules of an approved profile returns it to
 * draft — what was approved is no longer what it says — and the companies' fits follow; a new
 * name or notes keep the approval.
 */
export const updateIcpProfile = (ctx: HandlerContext, id: string, patch: IcpProfilePatch): IcpProfile => {
  ctx.write((writer) => {
    const current = requireProfileRow(ctx.db, id);
    if (patch.name !== undefined) checkName(ctx.db, patch.name, id, ['patch', 'name']);
    checkRanges(current, patch);
    const values: RowValues = {};
    if (patch.name !== undefined) values['name'] = patch.name;
    if (patch.notes !== undefined) values['notes'] = patch.notes;
    for (const [field, column] of Object.entries(RULE_COLUMNS)) {
      const value = patch[field as keyof IcpProfilePatch];
      if (value === undefined) continue;
      values[column] = LIST_FIELDS.has(field) ? JSON.stringify(value) : (value as number | string | null);
    }
    const changed = writer.update('icp_profiles', id, values, current);
    const rulesChanged = changed.some((column) => Object.values(RULE_COLUMNS).includes(column));
    if (rulesChanged && current.status === 'approved') {
      writer.update('icp_profiles', id, { status: 'draft', approved_by: null, approved_at: null });
      refreshIcpFits(ctx.db);
    }
  });
  return profileOf(ctx.db, id);
};

/** Approval records who and when; every company's fit is derived again against the approved set. */
export const setIcpProfileApproved = (ctx: HandlerContext, id: string, approved: boolean): IcpProfile => {
  ctx.write((writer, now) => {
    const current = requireProfileRow(ctx.db, id);
    if (approved === (current.status === 'approved')) return;
    writer.update(
      'icp_profiles',
      id,
      approved
        ? { status: 'approved', approved_by: ctx.actorId(), approved_at: now }
        : { status: 'draft', approved_by: null, approved_at: null },
      current,
    );
    refreshIcpFits(ctx.db);
  });
  return profileOf(ctx.db, id);
};

/** Tombstone; an approved profile stops counting at once. */
export const deleteIcpProfile = (ctx: HandlerContext, id: string): { id: string } => {
  ctx.write((writer, now) => {
    const current = requireProfileRow(ctx.db, id);
    writer.update('icp_profiles', id, { deleted_at: now }, current);
    if (current.status === 'approved') {
      refreshIcpFits(ctx.db);
    }
  });
  return { id };
};

/** A company's fit with its reasons, for its page: the stored number's explanation. */
export const companyIcpFit = (ctx: HandlerContext, companyId: string): CompanyIcpFit => {
  const row = requireLiveCompanyRow(ctx.db, companyId);
  const best = bestIcpFit(companyIcpFacts(row), approvedIcpProfiles(ctx.db));
  return {
    best: best && { fit: best.fit, profileId: best.profileId, profileName: best.profileName, reasons: best.reasons },
  };
};
