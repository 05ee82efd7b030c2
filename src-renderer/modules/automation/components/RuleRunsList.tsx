import type { RuleRun } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';

/** One detail line of a run: users and stages by name, the rest as the code's text. */
const useDetailText = () => {
  const { t } = useTranslation();
  const users = useLiveQuery('users.list', { includeInactive: true }, ['users']).data ?? [];
  return (detail: RuleRun['detail'][number]) => {
    const user = typeof detail.params.assignedTo === 'string' ? users.find((u) => u.id === detail.params.assignedTo)?.name : null;
    return t(`automation.runs.detail.${detail.code}`, {
      ...detail.params,
      user: user ?? t('users.unassigned'),
      field: typeof detail.params.field === 'string' ? t(`automation.fields.${detail.params.field}`) : '',
      stage: '',
    });
  };
};

/** A rule's run history: when, on which record, what it did or why it did nothing. */
export const RuleRunsList = ({ ruleId }: { ruleId: string }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const runs = useLiveQuery('automation.runs', { ruleId, limit: 50 }, ['automation_runs', 'activities', 'deals']).data;
  const detailText = useDetailText();
  if (!runs) return <p className="muted">{t('common.loading')}</p>;
  if (runs.length === 0) return <p className="muted automation-runs-empty">{t('automation.runs.empty')}</p>;
  return (
    <table className="automation-runs" aria-label={t('automation.runs.title')}>
      <thead>
        <tr>
          <th>{t('automation.runs.when')}</th>
          <th>{t('automation.runs.record')}</th>
          <th>{t('automation.runs.result')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} data-testid="rule-run">
            <td>{dates.instant(run.at, 'dateTime')}</td>
            <td>{run.recordTitle ?? run.recordId}</td>
            <td>
              <span className={`automation-outcome is-${run.outcome}`}>{t(`automation.runs.outcome.${run.outcome}`)}</span>{' '}
              {run.detail.map(detailText).join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
