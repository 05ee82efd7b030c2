import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { stagePlaybook } from '@shared/i18n/stagePlaybook';
import { useTranslation } from 'react-i18next';
import { ensurePlaybookMessages } from '../utils/ensurePlaybookMessages';
import './StagePlaybook.css';

/**
 * The deal drawer's "how to work this stage": the documented process for the deal's stage (what to
 * do, what "done" means), so a rep does not need to ask. Edited in stage settings.
 */
export const StagePlaybookSection = ({ stage }: { stage: Stage | undefined }) => {
  const { t, i18n } = useTranslation();
  ensurePlaybookMessages(i18n);
  if (!stage) return null;
  const playbook = stagePlaybook(stage, t);
  return (
    <section className="drawer-section" aria-labelledby="drawer-playbook" data-testid="drawer-playbook">
      <h3 id="drawer-playbook" className="drawer-section-title">
        {t('playbook.titleOf', { stage: displayName(stage, t, 'stage') })}
      </h3>
      {playbook ? (
        <p className="playbook-text">{playbook.text}</p>
      ) : (
        <p className="muted playbook-none">
          {t('playbook.none')}{' '}
          <a className="link" href="#/pipeline/stages">
            {t('playbook.write')}
          </a>
        </p>
      )}
    </section>
  );
};
