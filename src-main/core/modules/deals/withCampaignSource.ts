import type { DealPatch } from '@shared/contract/schemas/deals';
import type { Db } from '../../db/Db';
import { findCampaignRow } from '../campaigns/campaigns.repo';

type References = Pick<DealPatch, 'sourceId' | 'campaignId'>;

/**
 * A deal given a campaign and no source takes the campaign's source: picking "Yandex Direct:
 * search" says where the lead came from. On an update only when the deal has no source yet.
 */
export const withCampaignSource = <T extends References>(db: Db, next: T, current?: References): T => {
  if (!next.campaignId) return next;
  if (next.sourceId !== undefined && (current !== undefined || next.sourceId !== null)) return next;
  if (current?.sourceId) return next;
  const sourceId = findCampaignRow(db, next.campaignId)?.source_id ?? null;
  return sourceId === null ? next : { ...next, sourceId };
};
