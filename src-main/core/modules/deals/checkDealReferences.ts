import type { DealPatch } from '@shared/contract/schemas/deals';
import type { Db } from '../../db/Db';
import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { findCampaignRow } from '../campaigns/campaigns.repo';
import { findCompanyRow } from '../companies/companies.repo';
import { fieldError } from '../companies/fieldError';
import { findContactRow } from '../contacts/contacts.repo';
import { findLeadSourceRow } from '../leadSources/leadSources.repo';
import { checkOwner } from '../users/checkOwner';

type References = Pick<DealPatch, 'ownerId' | 'companyId' | 'contactId' | 'sourceId' | 'campaignId'>;

const checkCompany = (db: Db, path: readonly string[], id: string): void => {
  const company = findCompanyRow(db, id);
  if (!company || company.deleted_at !== null)
    throw fieldError(path, 'company_not_found', 'The company does not exist');
};

const checkContact = (db: Db, path: readonly string[], id: string): void => {
  const contact = findContactRow(db, id);
  if (!contact || contact.deleted_at !== null)
    throw fieldError(path, 'contact_not_found', 'The contact does not exist');
};

/** An archived source keeps the deals it brought, but new deals cannot be attributed to it. */
const checkSource = (db: Db, path: readonly string[], id: string): void => {
  const source = findLeadSourceRow(db, id);
  if (!source) throw fieldError(path, 'source_not_found', 'The lead source does not exist');
  if (source.archived_at !== null) throw fieldError(path, 'source_archived', 'The lead source is archived');
};

/** Like sources: an archived campaign keeps its deals but takes no new ones. */
const checkCampaign = (db: Db, path: readonly string[], id: string): void => {
  const campaign = findCampaignRow(db, id);
  if (!campaign) throw fieldError(path, 'campaign_not_found', 'The campaign does not exist');
  if (campaign.archived_at !== null) throw fieldError(path, 'campaign_archived', 'The campaign is archived');
};

/**
 * The deal's campaign must belong to its source (campaignFitsSource), checked on the pair as it
 * will be stored whenever either half is set; the refusal names the half that was set, the
 * campaign when both were.
 */
const checkCampaignSource = (db: Db, path: readonly string[], next: References, current?: References): void => {
  if (next.campaignId === undefined && next.sourceId === undefined) return;
  const campaignId = next.campaignId === undefined ? (current?.campaignId ?? null) : next.campaignId;
  if (!campaignId) return;
  const sourceId = next.sourceId === undefined ? (current?.sourceId ?? null) : next.sourceId;
  const campaign = findCampaignRow(db, campaignId);
  if (campaign && !campaignFitsSource(campaign.source_id, sourceId)) {
    const field = next.campaignId === undefined ? 'sourceId' : 'campaignId';
    throw fieldError([...path, field], 'campaign_other_source', 'The campaign belongs to another lead source');
  }
};

/**
 * The records a deal points to, checked as companies and contacts check theirs: a live company
 * and contact, an active owner, a live and active lead source, a live and active campaign of that source. Only the fields
 * being set are checked (`current` holds what is stored; an unchanged link is left alone, so a
 * deal keeps an owner who was deactivated later), and clearing a link is always allowed. A
 * refusal is a field issue on `path` + field, with a translated reason.
 */
export const checkDealReferences = (db: Db, path: readonly string[], next: References, current?: References): void => {
  const changed = <K extends keyof References>(key: K): string | null => {
    const value = next[key];
    if (value === undefined || value === null) return null;
    return current && current[key] === value ? null : value;
  };
  const ownerId = changed('ownerId');
  if (ownerId) checkOwner(db, [...path, 'ownerId'], ownerId);
  const companyId = changed('companyId');
  if (companyId) checkCompany(db, [...path, 'companyId'], companyId);
  const contactId = changed('contactId');
  if (contactId) checkContact(db, [...path, 'contactId'], contactId);
  const sourceId = changed('sourceId');
  if (sourceId) checkSource(db, [...path, 'sourceId'], sourceId);
  const campaignId = changed('campaignId');
  if (campaignId) checkCampaign(db, [...path, 'campaignId'], campaignId);
  checkCampaignSource(db, path, next, current);
};
