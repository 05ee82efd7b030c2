import {
  DEFAULT_LEAD_SOURCES,
  DEFAULT_LOSS_REASONS,
  DEFAULT_PIPELINE,
  DEFAULT_STAGES,
} from '@shared/domain/defaultWorkspace';
import { positionsBetween } from '@shared/domain/positions';
import type { ChangeWriter } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';

/**
 * Every device seeds these rows under the same ids and floor stamps, and their seeds tie-break by
 * device id: the logged cells must be the same everywhere, so `created_at` is epoch 0 (as the
 * stamps), not this device's install time. `updated_at` is never logged.
 */
const stamps = (now: number) => ({ created_at: 0, updated_at: now, deleted_at: null });

/** On first open: the six-step funnel, its control points, loss reasons and lead sources. */
export const seedDefaultWorkspace = (db: Db, writer: ChangeWriter, now: number): boolean => {
  const hasPipeline = db.sqlite.prepare('SELECT 1 FROM pipelines LIMIT 1').get() !== undefined;
  if (hasPipeline) return false;

  const [pipelinePosition] = positionsBetween(null, null, 1);
  writer.insert('pipelines', {
    id: DEFAULT_PIPELINE.id,
    name: null,
    default_key: DEFAULT_PIPELINE.key,
    position: pipelinePosition ?? 'a0',
    archived_at: null,
    card_field_ids: null,
    ...stamps(now),
  });
  const stagePositions = positionsBetween(null, null, DEFAULT_STAGES.length);
  DEFAULT_STAGES.forEach((stage, index) => {
    writer.insert('stages', {
      id: stage.id,
      pipeline_id: DEFAULT_PIPELINE.id,
      name: null,
      default_key: stage.key,
      funnel_step: stage.step,
      position: stagePositions[index] ?? 'a0',
      probability: stage.probability,
      rot_days: stage.rotDays,
      sla_hours: stage.slaHours,
      playbook: null,
      archived_at: null,
      ...stamps(now),
    });
    const checkPositions = positionsBetween(null, null, stage.controlPoints.length);
    stage.controlPoints.forEach((point, pointIndex) => {
      writer.insert('control_points', {
        id: point.id,
        stage_id: stage.id,
        label: null,
        default_key: point.key,
        required: point.required ? 1 : 0,
        position: checkPositions[pointIndex] ?? 'a0',
        archived_at: null,
        ...stamps(now),
      });
    });
  });
  const reasonPositions = positionsBetween(null, null, DEFAULT_LOSS_REASONS.length);
  DEFAULT_LOSS_REASONS.forEach((reason, index) => {
    writer.insert('loss_reasons', {
      id: reason.id,
      name: null,
      default_key: reason.key,
      position: reasonPositions[index] ?? 'a0',
      archived_at: null,
      ...stamps(now),
    });
  });
  for (const source of DEFAULT_LEAD_SOURCES) {
    writer.insert('lead_sources', {
      id: source.id,
      name: null,
      default_key: source.key,
      archived_at: null,
      ...stamps(now),
    });
  }
  return true;
};
