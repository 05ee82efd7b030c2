import { CustomFieldsSection } from '../../customFields/components/CustomFieldsSection';
import type { Activity } from '@shared/contract/schemas/activities';
import type { Deal } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { formatMoney } from '@shared/i18n/formatMoney';
import { daysInStage } from '@shared/domain/boardFigures';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { UnsavedChangesContext } from '../../../ui/discard/UnsavedChangesContext';
import { useDiscardGuard } from '../../../ui/discard/useDiscardGuard';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { lazyPart } from '../../../ui/lazyPart';
import { DealStatusBadge } from '../../deals/components/DealStatusBadge';
import { useStages } from '../../workspace/hooks/useStages';

import { GatePanel } from '../../board/components/GatePanel';
import { LoseDealDialog } from '../../board/components/LoseDealDialog';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { type DrawerGate, useDealMutations } from '../hooks/useDealMutations';
import { DealChecklist } from './DealChecklist';
import { DealFields } from './DealFields';
import { EditableField } from './EditableField';
import { StageTrack } from './StageTrack';
import { ActivityDialog } from '../../activities/components/ActivityDialog';
import { DealTasks } from '../../activities/components/DealTasks';
import { FirstTouch } from '../../activities/components/FirstTouch';
import { useLogShortcut } from '../../activities/hooks/useLogShortcut';
import { BantSection } from '../../leads/components/BantSection';
import { StagePlaybookSection } from '../../playbook/components/StagePlaybookSection';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { ConnectionNotice } from '../../../platform/connection/ConnectionBanner';
import './DealDrawer.css';

// The e-mail form (and its messages) loads when first opened: the board route stays small.
const ComposeEmailDialog = lazyPart(() => import('../../email/components/ComposeEmailDialog'), 'ComposeEmailDialog');

type DrawerContentProps = {
  deal: Deal;
  titleId: string;
  /** × : asks first while an edit is unsaved. */
  onClose(): void;
  /** After Delete: the deal is gone, so an unsaved edit of it is moot. */
  onCloseNow(): void;
};

const DrawerContent = ({ deal, titleId, onClose, onCloseNow }: DrawerContentProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const mutations = useDealMutations(deal.id);
  const stages = useStages(deal.pipelineId) ?? [];
  const lossReasons = useLiveQuery('lossReasons.list', { includeArchived: true }, ['loss_reasons']).data ?? [];
  const [gate, setGate] = useState<DrawerGate | null>(null);
  const [losing, setLosing] = useState(false);
  // The log dialog: a new activity ({}), or the one being edited.
  const [logging, setLogging] = useState<{ activity?: Activity; completing?: Activity } | null>(null);
  const [composing, setComposing] = useState(false);
  useLogShortcut(() => setLogging({}));
  // When the log form completed a task: the next steps section asks for the next one.
  const [completedAt, setCompletedAt] = useState(0);
  // The drawer's "now" for days in stage; a re-render per minute is not needed for whole days.
  const [now] = useState(() => Date.now());
  const stageName = (stageId: string) => {
    const stage = stages.find((candidate) => candidate.id === stageId);
    return stage ? displayName(stage, t, 'stage') : '';
  };
  const lossReason = lossReasons.find((reason) => reason.id === deal.lossReasonId);
  const open = deal.status === 'open';

  return (
    <>
      <header className="drawer-header">
        <div className="drawer-title-row">
          <div className="drawer-title" id={titleId}>
            <EditableField
              id="deal-title"
              label={t('deal.fields.title')}
              display={
                <span className="clamp-3" title={deal.title}>
                  {deal.title}
                </span>
              }
              initial={deal.title}
              onSave={(title) => mutations.update({ title })}
              editor={({ id, value, invalid, onChange, onKeyDown }) => (
                <input
                  id={id}
                  className="input"
                  autoFocus
                  autoComplete="off"
                  aria-label={t('deal.fields.title')}
                  aria-invalid={invalid ? 'true' : undefined}
                  value={value}
                  onChange={(event) => onChange(event.target.value)}
                  onKeyDown={onKeyDown}
                />
              )}
            />
          </div>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.actions.close')}
            onClick={onClose}
            data-testid="drawer-close"
          >
            <Icon name="close" />
          </button>
        </div>
        <div className="drawer-summary">
          <span className="drawer-value num" data-testid="drawer-value">
            {formatMoney(deal.valueMinor, deal.currency, language)}
          </span>
          <DealStatusBadge status={deal.status} />
          <span className="drawer-stage">
            {stageName(deal.stageId)}
            {open ? (
              <span className="muted num">
                {' · '}
                {t('dealDrawer.inStage', { count: daysInStage(deal.stageEnteredAt, now) })}
              </span>
            ) : null}
          </span>
          {deal.status === 'lost' && lossReason ? (
            <span className="drawer-loss" data-testid="drawer-loss">
              {t('dealDrawer.lostBecause', { reason: displayName(lossReason, t, 'lossReason') })}
              {deal.lossNote ? ` — ${deal.lossNote}` : ''}
            </span>
          ) : null}
        </div>
        <FirstTouch dealId={deal.id} />
        <StageTrack deal={deal} stages={stages} onMove={(stageId) => void mutations.move(stageId).then(setGate)} />
        <div className="drawer-actions">
          {open ? (
            <>
              <button
                type="button"
                className="button button-won"
                onClick={() => void mutations.win(deal.title).then(setGate)}
              >
                <Icon name="trophy" size={16} />
                {t('dealDrawer.actions.won')}
              </button>
              <button type="button" className="button button-lost" onClick={() => setLosing(true)}>
                <Icon name="thumbDown" size={16} />
                {t('dealDrawer.actions.lost')}
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => void mutations.reopen()}>
              <Icon name="reopen" size={16} />
              {t('dealDrawer.actions.reopen')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-keyshortcuts="A"
            title={t('activities.log.shortcut')}
            onClick={() => setLogging({})}
            data-testid="log-activity"
          >
            <Icon name="activities" size={16} />
            {t('activities.log.open')}
          </button>
          <button type="button" className="button" onClick={() => setComposing(true)} data-testid="compose-email">
            <Icon name="mail" size={16} />
            {t('activities.type.email')}
          </button>
          {/* The bin alone (named for screen readers and in its tooltip): with its word it took a row
              of the drawer's fixed header to itself at 600 px. */}
          <button
            type="button"
            className="button drawer-delete"
            aria-label={t('common.actions.delete')}
            title={t('common.actions.delete')}
            onClick={() => {
              onCloseNow();
              void mutations.remove(deal.title);
            }}
          >
            <Icon name="trash" size={16} />
          </button>
        </div>
        {gate ? (
          <GatePanel
            action={gate.action}
            targetName={gate.targetStageId ? stageName(gate.targetStageId) : ''}
            missing={gate.missing}
            missingFields={gate.missingFields}
            ticked={gate.ticked}
            stageName={stageName}
            onTick={(controlPointId, checked) => {
              void mutations.check(controlPointId, checked);
              setGate({
                ...gate,
                ticked: checked ? [...gate.ticked, controlPointId] : gate.ticked.filter((id) => id !== controlPointId),
              });
            }}
            onRetry={() => {
              const retry =
                gate.action === 'win' || !gate.targetStageId
                  ? mutations.win(deal.title)
                  : mutations.move(gate.targetStageId);
              void retry.then(setGate);
            }}
            onClose={() => setGate(null)}
          />
        ) : null}
      </header>
      <div className="drawer-body">
        <section className="drawer-section" aria-labelledby="drawer-details">
          <h3 id="drawer-details" className="drawer-section-title">
            {t('dealDrawer.sections.details')}
          </h3>
          <DealFields deal={deal} mutations={mutations} />
        </section>
        <div className="drawer-section">
          <CustomFieldsSection entity="deal" recordId={deal.id} titleClassName="drawer-section-title" />
        </div>
        <section className="drawer-section" aria-labelledby="drawer-tasks">
          <h3 id="drawer-tasks" className="drawer-section-title">
            {t('activities.tasks.title')}
          </h3>
          <DealTasks
            dealId={deal.id}
            dealOwnerId={deal.ownerId}
            open={open}
            completedAt={completedAt}
            onCompleteAndLog={(task) => setLogging({ completing: task })}
          />
        </section>
        {open ? <StagePlaybookSection stage={stages.find((stage) => stage.id === deal.stageId)} /> : null}
        <section className="drawer-section" aria-labelledby="drawer-checklist">
          <h3 id="drawer-checklist" className="drawer-section-title">
            {t('dealDrawer.sections.checklist', { stage: stageName(deal.stageId) })}
          </h3>
          <DealChecklist dealId={deal.id} stages={stages} closed={!open} mutations={mutations} />
        </section>
        <section className="drawer-section" aria-labelledby="drawer-bant">
          <h3 id="drawer-bant" className="drawer-section-title">
            {t('leads.bant.title')}
          </h3>
          <BantSection deal={deal} />
        </section>
        <section className="drawer-section" aria-labelledby="drawer-history">
          <h3 id="drawer-history" className="drawer-section-title">
            {t('dealDrawer.sections.history')}
          </h3>
          <RecordTimeline
            subject="deal"
            id={deal.id}
            currency={deal.currency}
            onEditActivity={(activity) => setLogging({ activity })}
          />
        </section>
      </div>
      <ActivityDialog
        open={logging !== null}
        links={{ dealId: deal.id }}
        currency={deal.currency}
        activity={logging?.activity}
        completing={logging?.completing}
        onSaved={() => {
          if (logging?.completing) setCompletedAt(Date.now());
        }}
        onDone={() => setLogging(null)}
      />
      {composing ? <ComposeEmailDialog dealId={deal.id} onClose={() => setComposing(false)} /> : null}
      <LoseDealDialog
        dealTitle={losing ? deal.title : null}
        onClose={() => setLosing(false)}
        onConfirm={(reasonId, note) => {
          setLosing(false);
          void mutations.lose(deal.title, reasonId, note);
        }}
      />
    </>
  );
};

/**
 * The deal drawer: slides in over the page, closes with Escape, the × or a click outside (asking
 * first while a field is being edited with a changed value), and gives focus back to what opened it.
 */
export const DealDrawer = ({ dealId, onClose }: { dealId: string; onClose(): void }) => {
  const { t } = useTranslation();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const query = useLiveQuery('deals.get', { id: dealId }, ['deals']);
  const guard = useDiscardGuard(onClose);
  const { requestClose } = guard;
  // The document listener outlives renders; it calls the latest guard.
  const requestCloseRef = useRef(requestClose);
  useEffect(() => {
    requestCloseRef.current = requestClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog on top of the drawer (the loss reason) handles its own Escape.
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      requestCloseRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="drawer-layer">
      <div className="drawer-backdrop" onMouseDown={requestClose} aria-hidden="true" />
      <aside
        ref={panel}
        className="deal-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="deal-drawer"
      >
        {/* The page's banner is under the backdrop: the drawer says it too. */}
        <ConnectionNotice className="drawer-connection" />
        {query.data ? (
          <UnsavedChangesContext.Provider value={guard.registry}>
            <DrawerContent
              key={query.data.id}
              deal={query.data}
              titleId={titleId}
              onClose={requestClose}
              onCloseNow={onClose}
            />
          </UnsavedChangesContext.Provider>
        ) : query.failed ? (
          <div className="drawer-missing">
            <EmptyState
              icon={query.unreachable ? 'alert' : 'deals'}
              title={query.unreachable ? t('connection.loadFailed') : t('dealDrawer.missing')}
            />
            <button type="button" className="button" onClick={onClose}>
              {t('common.actions.close')}
            </button>
          </div>
        ) : (
          <p className="drawer-loading muted">{t('common.loading')}</p>
        )}
        {guard.prompt}
      </aside>
    </div>
  );
};
