import {
  DEFAULT_LEAD_SOURCES,
  DEFAULT_LOSS_REASONS,
  DEFAULT_PIPELINE,
  DEFAULT_STAGES,
} from '../domain/defaultWorkspace';
import type { Translate } from './Translate';

/** Seeded entity kinds whose names live in the catalogues as `defaults.<kind>.<key>`. */
export type DefaultKind = 'pipeline' | 'stage' | 'controlPoint' | 'lossReason' | 'leadSource';

/** A pipeline, stage, loss reason or lead source has `name`; a control point has `label`. */
export type DefaultNamed = {
  name?: string | null;
  label?: string | null;
  defaultKey: string | null;
};

/**
 * Which kind each seeded key belongs to. Keys are unique across kinds (a unit test keeps it so),
 * which lets callers write `displayName(stage, t)` without repeating the kind.
 */
export const DEFAULT_KEY_KINDS: ReadonlyMap<string, DefaultKind> = new Map<string, DefaultKind>([
  [DEFAULT_PIPELINE.key, 'pipeline'],
  ...DEFAULT_STAGES.map((stage) => [stage.key, 'stage'] as const),
  ...DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => [point.key, 'controlPoint'] as const)),
  ...DEFAULT_LOSS_REASONS.map((reason) => [reason.key, 'lossReason'] as const),
  ...DEFAULT_LEAD_SOURCES.map((source) => [source.key, 'leadSource'] as const),
]);

/**
 * The name to show: what the user typed, else the translated seeded name. A renamed entity keeps
 * its text in every language; an untouched seeded one follows the UI language.
 */
export const displayName = (entity: DefaultNamed, t: Translate, kind?: DefaultKind): string => {
  const own = entity.name ?? entity.label;
  if (own) return own;
  if (!entity.defaultKey) return '';
  const resolvedKind = kind ?? DEFAULT_KEY_KINDS.get(entity.defaultKey);
  return resolvedKind ? t(`defaults.${resolvedKind}.${entity.defaultKey}`) : entity.defaultKey;
};
