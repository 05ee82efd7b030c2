import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';

/**
 * What the rule editor's selects offer, live: pipelines, the stages of the rule's pipeline (the
 * first one's for a rule of every pipeline), users, lead sources, segments, teams, e-mail templates.
 */
export const useRuleEditorOptions = (pipelineId: string | null) => {
  const { t } = useTranslation();
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data ?? [];
  const stagePipeline = pipelineId ?? pipelines[0]?.id ?? null;
  const stages =
    useLiveQuery('stages.list', stagePipeline ? { pipelineId: stagePipeline } : null, ['stages']).data ?? [];
  const users = useLiveQuery('users.list', {}, ['users']).data ?? [];
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const segments = useLiveQuery('segments.list', { withMembers: false }, ['segments']).data ?? [];
  const teams = useLiveQuery('teams.list', {}, ['teams']).data ?? [];
  const templates = useLiveQuery('email.templates.list', {}, ['email_templates']).data ?? [];
  const named = ({ name }: { name: string }) => name;
  return {
    pipelines: ruleOptionsOf(pipelines, (pipeline) => displayName(pipeline, t, 'pipeline')),
    stages: ruleOptionsOf(stages, (stage) => displayName(stage, t, 'stage')),
    users: ruleOptionsOf(users, named),
    sources: ruleOptionsOf(sources, (source) => displayName(source, t, 'leadSource')),
    segments: ruleOptionsOf(segments, named),
    teams: ruleOptionsOf(teams, named),
    templates: ruleOptionsOf(templates, named),
  };
};
