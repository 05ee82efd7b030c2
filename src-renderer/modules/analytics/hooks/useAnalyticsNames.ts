import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { type DefaultNamed, displayName } from '@shared/i18n/displayName';
import { stageLabels } from '@shared/i18n/stageLabels';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../users/hooks/useUsers';

export type AnalyticsNames = {
  stage(key: string | null): string;
  reason(id: string | null): string;
  owner(id: string | null): string;
  source(id: string | null): string;
};

/**
 * Names of what the figures are keyed by (stage keys, reason, user and source ids), in the UI
 * language; a stage whose name another pipeline's stage shares is named with its pipeline.
 */
export const useAnalyticsNames = (
  data: AnalyticsOverview | null,
  pipelines: readonly (DefaultNamed & { id: string })[],
): AnalyticsNames => {
  const { t } = useTranslation();
  const users = useUsers();
  return useMemo(() => {
    const translate = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});
    const report = data?.current.report;
    const pipelineById = new Map(pipelines.map((pipeline) => [pipeline.id, pipeline]));
    const stages = stageLabels(
      [...(data?.previous.report.stages ?? []), ...(report?.stages ?? [])],
      translate,
      (id) => {
        const pipeline = pipelineById.get(id);
        return pipeline ? displayName(pipeline, translate, 'pipeline') : null;
      },
    );
    const reasons = new Map(
      [...(data?.previous.report.lossReasons ?? []), ...(report?.lossReasons ?? [])].map((reason) => [
        reason.id,
        reason,
      ]),
    );
    const sources = new Map((data?.options.sources ?? []).map((source) => [source.id, source]));
    const userNames = new Map((users ?? []).map((user) => [user.id, user.name]));
    return {
      stage: (key) => {
        if (key === null) return '—';
        return stages.get(key) ?? key;
      },
      reason: (id) => {
        const reason = reasons.get(id);
        return reason && id !== null ? displayName(reason, translate) : t('kpiReport.values.noReason');
      },
      owner: (id) => (id === null ? t('kpiReport.values.unassigned') : (userNames.get(id) ?? '—')),
      source: (id) => {
        const source = id === null ? undefined : sources.get(id);
        return source ? displayName(source, translate, 'leadSource') : t('analytics.noSource');
      },
    };
  }, [data, pipelines, t, users]);
};
