import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaver } from '../hooks/useSaver';

/** A pipeline's archived stages, each with Restore: an archived stage is never out of reach. */
export const ArchivedStages = ({ pipelineId }: { pipelineId: string }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const pushToast = useToastStore((state) => state.push);
  const all = useLiveQuery('stages.list', { pipelineId, includeArchived: true }, ['stages']).data ?? [];
  const archived = all.filter((stage) => stage.archivedAt !== null);
  if (archived.length === 0) return null;
  return (
    <section className="archived-stages" aria-labelledby="archived-stages-title" data-testid="archived-stages">
      <h4 id="archived-stages-title">{t('stagesSettings.archived.title')}</h4>
      <p className="muted">{t('stagesSettings.archived.hint')}</p>
      <ul>
        {archived.map((stage) => {
          const name = displayName(stage, t, 'stage');
          return (
            <li key={stage.id}>
              <span className="archived-stage-name">{name}</span>
              <span className="muted">{t(`funnel.step.${stage.funnelStep}`)}</span>
              <button
                type="button"
                className="button button-compact"
                aria-label={t('stagesSettings.archived.restoreLabel', { name })}
                onClick={() =>
                  void save(() => client.call('stages.restore', { id: stage.id })).then((problem) =>
                    pushToast(
                      problem
                        ? { tone: 'error', message: problem }
                        : { tone: 'success', message: t('stagesSettings.archived.restored', { name }) },
                    ),
                  )
                }
              >
                <Icon name="undo" size={16} />
                {t('stagesSettings.archived.restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
