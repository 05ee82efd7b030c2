import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { syncBoth } from '../../helpers/syncPeers';

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset: number) => {
  const backend = createTempBackend({ clock: createTestClock(START + offset) });
  devices.push(backend);
  return { backend, client: clientFor(backend) };
};

describe('board card fields in sync', () => {
  it('reach a peer with the pipeline, and its board brings their values', async () => {
    const a = device(0);
    const b = device(7);
    await syncBoth(a.backend, b.backend);
    const tender = await a.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер тендера',
      nameEn: 'Tender number',
      type: 'text',
    });
    const deal = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Поставка' });
    await a.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [tender.id]: 'T-1' },
    });
    await a.client.call('pipelines.setCardFields', { id: DEFAULT_PIPELINE.id, fieldIds: [tender.id] });
    await syncBoth(a.backend, b.backend);

    const board = await b.client.call('deals.board', { pipelineId: DEFAULT_PIPELINE.id });
    expect(board.pipeline.cardFieldIds).toEqual([tender.id]);
    const card = board.columns.flatMap((column) => column.cards).find((item) => item.id === deal.id);
    expect(card?.customValues).toEqual({ [tender.id]: 'T-1' });
  });
});
