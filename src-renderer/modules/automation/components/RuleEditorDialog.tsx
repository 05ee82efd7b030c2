import {
  type AutomationRule,
  type RuleAction,
  type RuleCondition,
  type RuleTrigger,
  ruleSummarizeInputSchema,
  WRITE_TRIGGER_TYPES,
  TIME_TRIGGER_TYPES,
  RULE_DEAL_FIELDS,
} from '@shared/contract/schemas/automation';
import type { Language } from '@shared/contract/schemas/common';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Modal } from '../../../ui/Modal/Modal';
import { Select } from '../../../ui/form/Select';
import { useSaver } from '../../stagesSettings/hooks/useSaver';

type Draft = Pick<AutomationRule, 'name' | 'pipelineId' | 'trigger' | 'conditions' | 'actions'> & { enabled: boolean };

const TRIGGERS = [...WRITE_TRIGGER_TYPES, ...TIME_TRIGGER_TYPES];
const CONDITION_TYPES = ['stage', 'owner', 'team', 'value', 'source', 'segment'] as const;
const ACTION_TYPES = ['create_task', 'notify', 'move_stage', 'assign_owner', 'send_email'] as const;
const TASK_TYPES = ['call', 'email', 'meeting', 'task', 'demo', 'proposal'] as const;
const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

const unitOf = (minutes: number): Unit =>
  minutes % 1440 === 0 && minutes > 0 ? 'days' : minutes % 60 === 0 ? 'hours' : 'minutes';

const newTrigger = (type: RuleTrigger['type']): RuleTrigger => {
  switch (type) {
    case 'stage_entered':
    case 'stage_left':
      return { type, stageId: null };
    case 'field_changed':
      return { type, field: 'expectedCloseOn' };
    case 'before_close':
      return { type, days: 3 };
    case 'after_win':
      return { type, months: 11 };
    case 'no_contact':
      return { type, days: 30 };
    default:
      return { type } as RuleTrigger;
  }
};

const newCondition = (type: (typeof CONDITION_TYPES)[number], stageId: string, userId: string): RuleCondition => {
  switch (type) {
    case 'stage':
      return { type, ids: [stageId] };
    case 'owner':
      return { type, ids: [userId] };
    case 'value':
      return { type, min: 100_000_00, max: null, currency: 'RUB' };
    case 'source':
    case 'segment':
    case 'team':
      return { type, ids: [] as unknown as [string] };
  }
};

const newAction = (type: (typeof ACTION_TYPES)[number], stageId: string, text: string, templateId = ''): RuleAction => {
  switch (type) {
    case 'send_email':
      return { type, templateId };
    case 'create_task':
      return { type, taskType: 'call', subject: text, dueInMinutes: 240, assignee: 'owner', userIds: [] };
    case 'notify':
      return { type, message: text, assignee: 'owner', userIds: [] };
    case 'move_stage':
      return { type, stageId };
    case 'assign_owner':
      return { type, assignee: 'round_robin', userIds: [] };
  }
};

/** Writes or edits a rule: trigger, conditions, actions, with the sentence it reads as, live. */
export const RuleEditorDialog = ({ rule, onClose }: { rule: AutomationRule | null; onClose(): void }) => {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'ru') as Language;
  const client = useClient();
  const save = useSaver();
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data ?? [];
  const [draft, setDraft] = useState<Draft>(
    rule
      ? { ...rule, enabled: rule.enabled }
      : {
          name: '',
          pipelineId: null,
          trigger: { type: 'stage_entered', stageId: null },
          conditions: [],
          actions: [],
          enabled: true,
        },
  );
  const stagePipeline = draft.pipelineId ?? pipelines[0]?.id ?? null;
  const stages =
    useLiveQuery('stages.list', stagePipeline ? { pipelineId: stagePipeline } : null, ['stages']).data ?? [];
  const users = useLiveQuery('users.list', {}, ['users']).data ?? [];
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const segments = useLiveQuery('segments.list', { withMembers: false }, ['segments']).data ?? [];
  const teams = useLiveQuery('teams.list', {}, ['teams']).data ?? [];
  const teamOptions = teams.map((team) => (
    <option key={team.id} value={team.id}>
      {team.name}
    </option>
  ));
  const templates = useLiveQuery('email.templates.list', {}, ['email_templates']).data ?? [];
  const parsed = ruleSummarizeInputSchema.safeParse({
    language,
    trigger: draft.trigger,
    conditions: draft.conditions,
    actions: draft.actions,
  });
  const summary = useLiveQuery('automation.summarize', parsed.success ? parsed.data : null, [
    'stages',
    'users',
    'segments',
    'teams',
    'email_templates',
  ]).data;
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((was) => ({ ...was, ...patch }));
  const setCondition = (index: number, next: RuleCondition) =>
    set({ conditions: draft.conditions.map((c, i) => (i === index ? next : c)) });
  const setAction = (index: number, next: RuleAction) =>
    set({ actions: draft.actions.map((a, i) => (i === index ? next : a)) });
  const firstStage = stages[0]?.id ?? '';
  const stageOptions = stages.map((stage) => (
    <option key={stage.id} value={stage.id}>
      {displayName(stage, t, 'stage')}
    </option>
  ));
  const userOptions = users.map((user) => (
    <option key={user.id} value={user.id}>
      {user.name}
    </option>
  ));

  const submit = async () => {
    const body = {
      name: draft.name,
      pipelineId: draft.pipelineId,
      trigger: draft.trigger,
      conditions: draft.conditions,
      actions: draft.actions,
    };
    const problem = await save(() =>
      rule
        ? client.call('automation.update', { id: rule.id, ...body })
        : client.call('automation.create', { ...body, enabled: draft.enabled }),
    );
    setError(problem);
    if (!problem) onClose();
  };

  const trigger = draft.trigger;
  return (
    <Modal
      open
      title={rule ? t('automation.editor.titleEdit') : t('automation.editor.titleNew')}
      onClose={onClose}
      width="wide"
    >
      <form
        className="modal-body rule-editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="rule-editor-row">
          <label className="rule-editor-grow">
            {t('automation.editor.name')}
            <input
              className="input"
              data-autofocus
              value={draft.name}
              maxLength={120}
              onChange={(e) => set({ name: e.target.value })}
            />
          </label>
          <label>
            {t('automation.editor.scope')}
            <Select
              value={draft.pipelineId ?? ''}
              onChange={(e) => set({ pipelineId: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('automation.summary.scopeAll')}</option>
              {pipelines.map((pipeline) => (
                <option key={pipeline.id} value={pipeline.id}>
                  {displayName(pipeline, t, 'pipeline')}
                </option>
              ))}
            </Select>
          </label>
        </div>
        <fieldset>
          <legend>{t('automation.editor.trigger')}</legend>
          <div className="rule-editor-row">
            <Select
              aria-label={t('automation.editor.trigger')}
              value={trigger.type}
              onChange={(e) => set({ trigger: newTrigger(e.target.value as RuleTrigger['type']) })}
            >
              {TRIGGERS.map((type) => (
                <option key={type} value={type}>
                  {t(`automation.editor.triggerType.${type}`)}
                </option>
              ))}
            </Select>
            {trigger.type === 'stage_entered' || trigger.type === 'stage_left' ? (
              <Select
                aria-label={t('automation.editor.stage')}
                value={trigger.stageId ?? ''}
                onChange={(e) => set({ trigger: { ...trigger, stageId: e.target.value || null } })}
              >
                <option value="">{t('automation.summary.anyStage')}</option>
                {stageOptions}
              </Select>
            ) : null}
            {trigger.type === 'field_changed' ? (
              <Select
                aria-label={t('automation.editor.field')}
                value={trigger.field}
                onChange={(e) => set({ trigger: { ...trigger, field: e.target.value as typeof trigger.field } })}
              >
                {RULE_DEAL_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`automation.fields.${field}`)}
                  </option>
                ))}
              </Select>
            ) : null}
            {trigger.type === 'before_close' ? (
              <input
                className="input rule-editor-number"
                type="number"
                min={0}
                max={365}
                aria-label={t('automation.editor.days')}
                value={trigger.days}
                onChange={(e) => set({ trigger: { ...trigger, days: Number(e.target.value) } })}
              />
            ) : null}
            {trigger.type === 'no_contact' ? (
              <input
                className="input rule-editor-number"
                type="number"
                min={1}
                max={365}
                aria-label={t('automation.editor.days')}
                value={trigger.days}
                onChange={(e) => set({ trigger: { ...trigger, days: Number(e.target.value) } })}
              />
            ) : null}
            {trigger.type === 'after_win' ? (
              <input
                className="input rule-editor-number"
                type="number"
                min={1}
                max={60}
                aria-label={t('automation.editor.months')}
                value={trigger.months}
                onChange={(e) => set({ trigger: { ...trigger, months: Number(e.target.value) } })}
              />
            ) : null}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('automation.editor.conditions')}</legend>
          {draft.conditions.map((condition, index) => (
            <div className="rule-editor-row" key={index}>
              <Select
                aria-label={t('automation.editor.conditionType')}
                value={condition.type}
                onChange={(e) =>
                  setCondition(
                    index,
                    newCondition(e.target.value as (typeof CONDITION_TYPES)[number], firstStage, users[0]?.id ?? ''),
                  )
                }
              >
                {CONDITION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`automation.editor.conditionTypes.${type}`)}
                  </option>
                ))}
              </Select>
              {condition.type === 'stage' ? (
                <Select
                  aria-label={t('automation.editor.stage')}
                  value={condition.ids[0] ?? ''}
                  onChange={(e) => setCondition(index, { type: 'stage', ids: [e.target.value] })}
                >
                  {stageOptions}
                </Select>
              ) : null}
              {condition.type === 'owner' ? (
                <Select
                  aria-label={t('automation.editor.user')}
                  value={condition.ids[0] ?? ''}
                  onChange={(e) => setCondition(index, { type: 'owner', ids: [e.target.value] })}
                >
                  {userOptions}
                </Select>
              ) : null}
              {condition.type === 'source' ? (
                <Select
                  aria-label={t('automation.editor.conditionTypes.source')}
                  value={condition.ids[0] ?? ''}
                  onChange={(e) => setCondition(index, { type: 'source', ids: [e.target.value] })}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {sources.map((source) => (
                    <option key={source.id} value={source.id}>
                      {displayName(source, t, 'leadSource')}
                    </option>
                  ))}
                </Select>
              ) : null}
              {condition.type === 'segment' ? (
                <Select
                  aria-label={t('automation.editor.conditionTypes.segment')}
                  value={condition.ids[0] ?? ''}
                  onChange={(e) => setCondition(index, { type: 'segment', ids: [e.target.value] })}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {segments.map((segment) => (
                    <option key={segment.id} value={segment.id}>
                      {segment.name}
                    </option>
                  ))}
                </Select>
              ) : null}
              {condition.type === 'team' ? (
                <Select
                  aria-label={t('automation.editor.conditionTypes.team')}
                  value={condition.ids[0] ?? ''}
                  onChange={(e) => setCondition(index, { type: 'team', ids: [e.target.value] })}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {teamOptions}
                </Select>
              ) : null}
              {condition.type === 'value' ? (
                <>
                  <input
                    className="input rule-editor-number"
                    type="number"
                    min={0}
                    aria-label={t('automation.editor.min')}
                    placeholder={t('automation.editor.min')}
                    value={condition.min === null ? '' : condition.min / 100}
                    onChange={(e) =>
                      setCondition(index, {
                        ...condition,
                        min: e.target.value === '' ? null : Math.round(Number(e.target.value) * 100),
                      })
                    }
                  />
                  <input
                    className="input rule-editor-number"
                    type="number"
                    min={0}
                    aria-label={t('automation.editor.max')}
                    placeholder={t('automation.editor.max')}
                    value={condition.max === null ? '' : condition.max / 100}
                    onChange={(e) =>
                      setCondition(index, {
                        ...condition,
                        max: e.target.value === '' ? null : Math.round(Number(e.target.value) * 100),
                      })
                    }
                  />
                  <input
                    className="input rule-editor-number"
                    aria-label={t('automation.editor.currency')}
                    maxLength={3}
                    value={condition.currency}
                    onChange={(e) => setCondition(index, { ...condition, currency: e.target.value.toUpperCase() })}
                  />
                </>
              ) : null}
              <button
                type="button"
                className="button button-small"
                onClick={() => set({ conditions: draft.conditions.filter((_, i) => i !== index) })}
              >
                {t('automation.editor.remove')}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button-small"
              onClick={() => set({ conditions: [...draft.conditions, newCondition('stage', firstStage, '')] })}
            >
              {t('automation.editor.addCondition')}
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('automation.editor.actions')}</legend>
          {draft.actions.map((action, index) => (
            <div className="rule-editor-row" key={index}>
              <Select
                aria-label={t('automation.editor.actionType')}
                value={action.type}
                onChange={(e) =>
                  setAction(
                    index,
                    newAction(e.target.value as (typeof ACTION_TYPES)[number], firstStage, '', templates[0]?.id),
                  )
                }
              >
                {ACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`automation.editor.actionTypes.${type}`)}
                  </option>
                ))}
              </Select>
              {action.type === 'create_task' ? (
                <>
                  <Select
                    aria-label={t('automation.editor.taskType')}
                    value={action.taskType}
                    onChange={(e) =>
                      setAction(index, { ...action, taskType: e.target.value as typeof action.taskType })
                    }
                  >
                    {TASK_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t(`activities.type.${type}`)}
                      </option>
                    ))}
                  </Select>
                  <input
                    className="input rule-editor-grow"
                    aria-label={t('automation.editor.subject')}
                    placeholder={t('automation.editor.subject')}
                    maxLength={200}
                    value={action.subject}
                    onChange={(e) => setAction(index, { ...action, subject: e.target.value })}
                  />
                  <DueInput
                    minutes={action.dueInMinutes}
                    onChange={(dueInMinutes) => setAction(index, { ...action, dueInMinutes })}
                  />
                </>
              ) : null}
              {action.type === 'notify' ? (
                <input
                  className="input rule-editor-grow"
                  aria-label={t('automation.editor.message')}
                  placeholder={t('automation.editor.message')}
                  maxLength={300}
                  value={action.message}
                  onChange={(e) => setAction(index, { ...action, message: e.target.value })}
                />
              ) : null}
              {action.type === 'create_task' || action.type === 'notify' || action.type === 'assign_owner' ? (
                <>
                  <Select
                    aria-label={t('automation.editor.assignee')}
                    value={action.assignee}
                    onChange={(e) => {
                      // A team belongs to round-robin only: another choice drops it.
                      const { teamId: _team, ...rest } = action;
                      setAction(index, {
                        ...rest,
                        assignee: e.target.value as 'owner',
                        userIds: e.target.value === 'user' ? [users[0]?.id ?? ''] : [],
                      } as RuleAction);
                    }}
                  >
                    {(action.type === 'assign_owner'
                      ? (['round_robin', 'user'] as const)
                      : (['owner', 'manager', 'round_robin', 'user'] as const)
                    ).map((who) => (
                      <option key={who} value={who}>
                        {t(`automation.editor.assignees.${who}`)}
                      </option>
                    ))}
                  </Select>
                  {action.assignee === 'round_robin' && action.userIds.length === 0 && teams.length > 0 ? (
                    <Select
                      aria-label={t('automation.editor.roundRobinTeam.team')}
                      value={action.teamId ?? ''}
                      onChange={(e) => {
                        const { teamId: _team, ...rest } = action;
                        setAction(index, (e.target.value ? { ...rest, teamId: e.target.value } : rest) as RuleAction);
                      }}
                    >
                      <option value="">{t('automation.editor.roundRobinTeam.allReps')}</option>
                      {teamOptions}
                    </Select>
                  ) : null}
                  {action.assignee === 'user' ? (
                    <Select
                      aria-label={t('automation.editor.user')}
                      value={action.userIds[0] ?? ''}
                      onChange={(e) => setAction(index, { ...action, userIds: [e.target.value] } as RuleAction)}
                    >
                      {userOptions}
                    </Select>
                  ) : null}
                </>
              ) : null}
              {action.type === 'send_email' ? (
                templates.length === 0 ? (
                  <span className="muted">{t('automation.editor.noTemplates')}</span>
                ) : (
                  <Select
                    aria-label={t('automation.editor.template')}
                    value={action.templateId}
                    onChange={(e) => setAction(index, { ...action, templateId: e.target.value })}
                  >
                    {templates.map((template) => (
                      <option key={template.id} value={template.id}>
                        {template.name}
                      </option>
                    ))}
                  </Select>
                )
              ) : null}
              {action.type === 'move_stage' ? (
                <Select
                  aria-label={t('automation.editor.stage')}
                  value={action.stageId}
                  onChange={(e) => setAction(index, { ...action, stageId: e.target.value })}
                >
                  {stageOptions}
                </Select>
              ) : null}
              <button
                type="button"
                className="button button-small"
                onClick={() => set({ actions: draft.actions.filter((_, i) => i !== index) })}
              >
                {t('automation.editor.remove')}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="button button-small"
              onClick={() => set({ actions: [...draft.actions, newAction('create_task', firstStage, '')] })}
            >
              {t('automation.editor.addAction')}
            </button>
          </div>
        </fieldset>
        <div>
          <strong>{t('automation.editor.summary')}</strong>
          <p className="rule-editor-summary" data-testid="rule-editor-summary" aria-live="polite">
            {parsed.success
              ? (summary?.text ?? '…')
              : t('automation.editor.invalid', { issue: parsed.error.issues[0]?.path.join('.') ?? '' })}
          </p>
        </div>
        {rule ? null : (
          <label className="automation-switch">
            <input type="checkbox" checked={draft.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
            {t('automation.editor.enableNow')}
          </label>
        )}
        {error ? <p className="field-error">{error}</p> : null}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('automation.editor.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('automation.editor.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};

/** A due offset typed as a number of minutes, hours or days. */
const DueInput = ({ minutes, onChange }: { minutes: number; onChange(minutes: number): void }) => {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<Unit>(unitOf(minutes));
  return (
    <>
      <input
        className="input rule-editor-number"
        type="number"
        min={0}
        aria-label={t('automation.editor.dueIn')}
        value={minutes / UNITS[unit]}
        onChange={(e) => onChange(Math.max(0, Math.round(Number(e.target.value) * UNITS[unit])))}
      />
      <Select aria-label={t('automation.editor.dueIn')} value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
        {(Object.keys(UNITS) as Unit[]).map((key) => (
          <option key={key} value={key}>
            {t(`automation.editor.dueUnit.${key}`)}
          </option>
        ))}
      </Select>
    </>
  );
};
