import { en } from '@shared/i18n/en';
import { stageLabels } from '@shared/i18n/stageLabels';
import { describe, expect, it } from 'vitest';

const t = (key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;

const pipelines: Record<string, string> = { sales: 'Sales', partners: 'Partners' };
const pipelineName = (id: string) => pipelines[id] ?? null;

describe('stageLabels', () => {
  it('names a stage alone while no other pipeline in the list has a stage of that name', () => {
    const labels = stageLabels(
      [
        { key: 'new_lead', pipelineId: 'sales', name: null, defaultKey: 'new_lead' },
        { key: 's2', pipelineId: 'partners', name: 'Pilot', defaultKey: null },
      ],
      t,
      pipelineName,
    );
    expect([...labels.values()]).toEqual(['New lead', 'Pilot']);
  });

  it('adds the pipeline to each of the stages that share a name across pipelines', () => {
    const labels = stageLabels(
      [
        { key: 'qualification', pipelineId: 'sales', name: null, defaultKey: 'qualification' },
        { key: 's2', pipelineId: 'partners', name: 'Qualification', defaultKey: null },
        { key: 's3', pipelineId: 'partners', name: 'Contract', defaultKey: null },
      ],
      t,
      pipelineName,
    );
    expect(Object.fromEntries(labels)).toEqual({
      qualification: 'Qualification (Sales)',
      s2: 'Qualification (Partners)',
      s3: 'Contract',
    });
  });

  it('keeps the bare name when the pipeline’s name is not known (an archived one)', () => {
    const labels = stageLabels(
      [
        { key: 'a', pipelineId: 'sales', name: 'Demo', defaultKey: null },
        { key: 'b', pipelineId: 'gone', name: 'Demo', defaultKey: null },
      ],
      t,
      pipelineName,
    );
    expect(Object.fromEntries(labels)).toEqual({ a: 'Demo (Sales)', b: 'Demo' });
  });
});
