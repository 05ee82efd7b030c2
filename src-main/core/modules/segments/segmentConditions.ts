import type { SegmentCompanyRules, SegmentDealRules, SegmentRules } from '@shared/contract/schemas/segments';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { hasCompanyRules, hasDealRules } from '@shared/domain/segments/segmentRuleParts';
import { foldText } from '@shared/domain/foldText';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/Db';
import { customFieldTypes } from '../customFields/customFieldTypes';
import { customFilterCondition } from '../customFields/customFilterCondition';

type Types = ReadonlyMap<string, CustomFieldType>;
const TRUE = sql<SqlBool>`1`;

const all = (parts: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> =>
  parts.length === 0 ? TRUE : sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;

/** A stored folded key (m0051) among the folded list: an index lookup. */
const foldedIn = (keyColumn: string, list: readonly string[]) =>
  sql<SqlBool>`${sql.ref(keyColumn)} IN (${sql.join([...new Set(list.map(foldText))])})`;

const valueIn = (column: string, list: readonly string[]) => sql<SqlBool>`${sql.ref(column)} IN (${sql.join(list)})`;

/** The company rules as a condition on the companies row aliased `c` (the in-memory twin: companyMeets). */
const companyCondition = (rules: SegmentCompanyRules, c: string, types: Types): RawBuilder<SqlBool> => {
  const parts: RawBuilder<SqlBool>[] = [];
  if (rules.industries) parts.push(foldedIn(`${c}.industry_key`, rules.industries));
  if (rules.sizes) parts.push(valueIn(`${c}.size`, rules.sizes));
  if (rules.regions) parts.push(foldedIn(`${c}.region_key`, rules.regions));
  if (rules.icpFitMin !== undefined) parts.push(sql<SqlBool>`${sql.ref(`${c}.icp_fit`)} >= ${rules.icpFitMin}`);
  if (rules.customerStatuses) {
    const status = sql`coalesce((SELECT k.status FROM customers k WHERE k.id = ${sql.ref(`${c}.id`)} AND k.deleted_at IS NULL), 'none')`;
    parts.push(sql<SqlBool>`${status} IN (${sql.join(rules.customerStatuses)})`);
  }
  for (const filter of rules.custom ?? []) {
    parts.push(customFilterCondition(`${c}.id`, types.get(filter.fieldId) ?? 'text', filter));
  }
  return all(parts);
};

/** The deal rules as a condition on the deals row aliased `d` (the in-memory twin: dealMeets). */
const dealCondition = (rules: SegmentDealRules, d: string, types: Types): RawBuilder<SqlBool> => {
  const parts: RawBuilder<SqlBool>[] = [];
  if (rules.sourceIds)
    parts.push(rules.sourceIds.length === 0 ? sql<SqlBool>`0` : valueIn(`${d}.source_id`, rules.sourceIds));
  if (rules.campaignIds) {
    parts.push(rules.campaignIds.length === 0 ? sql<SqlBool>`0` : valueIn(`${d}.campaign_id`, rules.campaignIds));
  }
  if (rules.ownerIds)
    parts.push(rules.ownerIds.length === 0 ? sql<SqlBool>`0` : valueIn(`${d}.owner_id`, rules.ownerIds));
  if (rules.kinds) parts.push(valueIn(`${d}.kind`, rules.kinds));
  if (rules.valueMinMinor !== undefined)
    parts.push(sql<SqlBool>`${sql.ref(`${d}.value_minor`)} >= ${rules.valueMinMinor}`);
  if (rules.valueMaxMinor !== undefined)
    parts.push(sql<SqlBool>`${sql.ref(`${d}.value_minor`)} <= ${rules.valueMaxMinor}`);
  for (const filter of rules.custom ?? []) {
    parts.push(customFilterCondition(`${d}.id`, types.get(filter.fieldId) ?? 'text', filter));
  }
  return all(parts);
};

/** The custom fields a segment's rules name, by kind of record (unknown or deleted ones are refused). */
export const segmentFieldTypes = (db: Db, rules: SegmentRules): { company: Types; deal: Types } => ({
  company: customFieldTypes(db, 'company', { customFilters: rules.company.custom, sort: { field: '' } }),
  deal: customFieldTypes(db, 'deal', { customFilters: rules.deal.custom, sort: { field: '' } }),
});

/**
 * Deals of the segment, as a condition on the deals row aliased `d`: the deal meets the deal rules
 * and its live company the company rules (no company: no company rule can hold).
 */
export const segmentDealCondition = (db: Db, rules: SegmentRules, d = 'd'): RawBuilder<SqlBool> => {
  const types = segmentFieldTypes(db, rules);
  const onDeal = dealCondition(rules.deal, d, types.deal);
  if (!hasCompanyRules(rules)) return onDeal;
  const onCompany = sql<SqlBool>`${sql.ref(`${d}.company_id`)} IN (SELECT sc.id FROM companies sc
    WHERE sc.deleted_at IS NULL AND ${companyCondition(rules.company, 'sc', types.company)})`;
  return all([onDeal, onCompany]);
};

/**
 * Companies of the segment, as a condition on the companies row aliased `c`: it meets the company
 * rules and, when there are deal rules, has a live deal that meets them.
 */
export const segmentCompanyCondition = (db: Db, rules: SegmentRules, c = 'c'): RawBuilder<SqlBool> => {
  const types = segmentFieldTypes(db, rules);
  const onCompany = companyCondition(rules.company, c, types.company);
  if (!hasDealRules(rules)) return onCompany;
  const withDeal = sql<SqlBool>`EXISTS (SELECT 1 FROM deals sd WHERE sd.company_id = ${sql.ref(`${c}.id`)}
    AND sd.deleted_at IS NULL AND ${dealCondition(rules.deal, 'sd', types.deal)})`;
  return all([onCompany, withDeal]);
};
