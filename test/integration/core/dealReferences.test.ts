import { CONFLICT_REASONS } from '@shared/contract/conflictReasons';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import {
  changeLogCount,
  createDealsKit,
  type DealsKit,
  expectFailure,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
} from './dealsTestKit';

/** Issue 17 item 6: deals check what they point to, as companies and contacts do. */
let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const create = (input: Record<string, unknown> = {}) =>
  kit.backend.dispatch('deals.create', { pipelineId: PIPELINE, title: 'Сделка', ...input });

const issueOf = async (method: string, input: unknown) => {
  const before = changeLogCount(kit);
  const error = await expectFailure(kit, method, input, 'BAD_INPUT');
  expect(changeLogCount(kit)).toBe(before);
  return error.issues?.map((issue) => ({ path: issue.path, reason: issue.params?.['reason'] }));
};

const deletedCompany = async () => {
  const { company } = await kit.client.call('companies.create', { name: 'ООО «Снос»' });
  await kit.client.call('companies.delete', { id: company.id });
  return company.id;
};

describe('deals.create and deals.update refuse dead links', () => {
  it('a deactivated owner', async () => {
    await kit.client.call('users.deactivate', { id: kit.boris });
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', ownerId: kit.boris })).toEqual([
      { path: 'ownerId', reason: 'user_inactive' },
    ]);
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X' });
    expect(await issueOf('deals.update', { id: deal.id, patch: { ownerId: kit.boris } })).toEqual([
      { path: 'patch.ownerId', reason: 'user_inactive' },
    ]);
    expect(
      await issueOf('deals.update', { id: deal.id, patch: { ownerId: '00000000-0000-7000-8000-00000000beef' } }),
    ).toEqual([{ path: 'patch.ownerId', reason: 'owner_not_found' }]);
  });

  it('keeps an owner deactivated later: other edits of the deal still save', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X', ownerId: kit.boris });
    await kit.client.call('users.deactivate', { id: kit.boris });
    const updated = await kit.client.call('deals.update', { id: deal.id, patch: { ownerId: kit.boris, title: 'Y' } });
    expect(updated).toMatchObject({ ownerId: kit.boris, title: 'Y' });
  });

  it('a deleted or unknown company', async () => {
    const companyId = await deletedCompany();
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', companyId })).toEqual([
      { path: 'companyId', reason: 'company_not_found' },
    ]);
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X' });
    expect(await issueOf('deals.update', { id: deal.id, patch: { companyId } })).toEqual([
      { path: 'patch.companyId', reason: 'company_not_found' },
    ]);
    // Clearing a link is always allowed.
    expect((await kit.client.call('deals.update', { id: deal.id, patch: { companyId: null } })).companyId).toBeNull();
  });

  it('a deleted contact, an archived or unknown lead source, an unknown campaign', async () => {
    const { contact } = await kit.client.call('contacts.create', { name: 'Иван' });
    await kit.client.call('contacts.delete', { id: contact.id });
    const [source] = await kit.client.call('leadSources.list', {});
    await kit.client.call('leadSources.archive', { id: source?.id ?? '' });
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', contactId: contact.id })).toEqual([
      { path: 'contactId', reason: 'contact_not_found' },
    ]);
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', sourceId: source?.id })).toEqual([
      { path: 'sourceId', reason: 'source_archived' },
    ]);
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', sourceId: uuidv7() })).toEqual([
      { path: 'sourceId', reason: 'source_not_found' },
    ]);
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X' });
    expect(await issueOf('deals.update', { id: deal.id, patch: { campaignId: uuidv7() } })).toEqual([
      { path: 'patch.campaignId', reason: 'campaign_not_found' },
    ]);
  });
});

describe('an archived pipeline takes no deals', () => {
  const archivedPipeline = async () => {
    const pipeline = await kit.client.call('pipelines.create', { name: 'Старая' });
    const [first] = await kit.client.call('stages.list', { pipelineId: pipeline.id });
    return { pipeline, first: first?.id ?? '' };
  };

  it('refuses a create in it and a move into it with a translated CONFLICT', async () => {
    const { pipeline, first } = await archivedPipeline();
    await kit.client.call('pipelines.archive', { id: pipeline.id });
    expect(CONFLICT_REASONS).toContain('pipeline_archived');

    const before = changeLogCount(kit);
    const created = await create({ pipelineId: pipeline.id });
    expect(created.ok ? null : created.error).toMatchObject({ code: 'CONFLICT', params: { reason: 'pipeline_archived' } });
    expect(changeLogCount(kit)).toBe(before);

    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Живая' });
    const moved = await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: first }, 'CONFLICT');
    expect(moved.params).toMatchObject({ reason: 'pipeline_archived' });
    expect((await kit.client.call('deals.get', { id: deal.id })).pipelineId).toBe(PIPELINE);
  });

  it('refuses to reopen or restore an open deal into it', async () => {
    const { pipeline, first } = await archivedPipeline();
    const lost = await kit.client.call('deals.create', { pipelineId: pipeline.id, stageId: first, title: 'Lost' });
    await kit.client.call('deals.lose', { id: lost.id, lossReasonId: LOSS_REASON_PRICE });
    const deleted = await kit.client.call('deals.create', { pipelineId: pipeline.id, stageId: first, title: 'Del' });
    await kit.client.call('deals.delete', { id: deleted.id });
    await kit.client.call('pipelines.archive', { id: pipeline.id });

    const reopened = await expectFailure(kit, 'deals.reopen', { id: lost.id }, 'CONFLICT');
    expect(reopened.params).toMatchObject({ reason: 'pipeline_archived' });
    const restored = await expectFailure(kit, 'deals.restore', { id: deleted.id }, 'CONFLICT');
    expect(restored.params).toMatchObject({ reason: 'pipeline_archived' });
    expect((await kit.client.call('deals.get', { id: lost.id })).status).toBe('lost');
  });

  it('still lets a deal move within an active pipeline', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title: 'Ok' });
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification })).stageId).toBe(
      STAGE.qualification,
    );
  });
});
