import type { ImportDate } from '@shared/domain/import/parseImportDate';
import { foldText } from '@shared/domain/foldText';
import type { HandlerContext } from '../../HandlerContext';
import { prepare } from '../../db/sql';
import { findDealRow } from '../deals/deals.repo';
import { dateToEpoch, textField, type ImportSession, type Outcome } from './createImportSession';
import type { DealPlan } from './dealPlan';
import { importLead } from './importLead';
import type { ImportRecord } from './ImportRecord';
import { namedLookup, type NamedRow } from './namedLookup';

/**
 * A lead came in when its form was sent: the deal and its entry into the first stage are dated
 * so, for its age and SLA, unless that is after the import. Only a deal this import just made.
 * Its stage transition keeps the time it was put in (transitions are append-only history).
 */
const backdate = (ctx: HandlerContext, dealId: string, at: number) =>
  ctx.write((writer) => {
    const deal = findDealRow(ctx.db, dealId);
    if (!deal || at >= deal.created_at) return;
    writer.update('deals', dealId, { created_at: at, stage_entered_at: at }, deal);
  });

/**
 * Web-form leads (a CSV of a site's form submissions) into the leads inbox, each through the New
 * lead form's path with its duplicate checks: a lead whose INN, e-mail or phone is already a
 * contact's or company's is skipped, attached to it ('update') or made anyway ('create'). The
 * form or UTM source names a lead source and the UTM campaign a campaign, by any of their names
 * (through the mapping's value translation); unknown ones are warnings.
 */
export const createLeadApplier = (ctx: HandlerContext, session: ImportSession, plan: DealPlan) => {
  const campaigns = namedLookup(
    prepare(
      session.db,
      'SELECT id, name, NULL AS default_key FROM campaigns WHERE deleted_at IS NULL',
    ).all() as NamedRow[],
  );
  return (record: ImportRecord): Outcome => {
    const { fields, issues } = record;
    const get = (field: string) => textField(fields.get(field));
    const [companyName, contactName, phone, email] = [get('company'), get('name'), get('phone'), get('email')];
    if (!companyName && !contactName && !phone && !email) {
      issues.push({ field: 'name', reason: 'required_missing', value: null });
      return 'skipped';
    }
    const source = get('source');
    const sourceId = source === null ? null : (plan.source(source) ?? null);
    if (source !== null && sourceId === null) issues.push({ field: 'source', reason: 'unknown_value', value: source });
    const campaign = get('campaign');
    const campaignId = campaign === null ? null : (campaigns.get(foldText(campaign)) ?? null);
    if (campaign !== null && campaignId === null) {
      issues.push({ field: 'campaign', reason: 'unknown_value', value: campaign });
    }
    const outcome = importLead(
      ctx,
      session.journal,
      {
        pipelineId: plan.pipelineId,
        contactName,
        companyName,
        inn: get('inn'),
        phone,
        email,
        sourceId,
        campaignId,
        notes: get('message'),
      },
      session.mapping.dedupe.action,
    );
    if (outcome.kind === 'invalid') {
      issues.push({ field: outcome.field, reason: 'lead_invalid', value: null });
      return 'skipped';
    }
    if (outcome.kind === 'skipped') {
      issues.push({ field: null, reason: 'duplicate_skipped', value: outcome.duplicateOf });
      return 'skipped';
    }
    if (outcome.kind === 'attached') issues.push({ field: null, reason: 'lead_attached', value: outcome.duplicateOf });
    const sent = fields.get('sentAt');
    if (sent !== undefined && typeof sent === 'object' && 'date' in sent) {
      backdate(ctx, outcome.dealId, dateToEpoch(sent as ImportDate, session.settings['workspace.timeZone']));
    }
    return 'created';
  };
};
