import { type AutomationRule, ruleFieldsShape } from '@shared/contract/schemas/automation';
import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Modal } from '../../../ui/Modal/Modal';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { useRuleEditorOptions } from '../hooks/useRuleEditorOptions';
import type { RuleDraft } from '../types/RuleDraft';
import { newAction } from '../utils/newAction';
import { newCondition } from '../utils/newCondition';
import { ruleDraftOf } from '../utils/ruleDraftOf';
import { ruleIssueText } from '../utils/ruleIssueText';
import { RuleActionRow } from './RuleActionRow';
import { RuleConditionRow } from './RuleConditionRow';
import { RuleEditorSummary } from './RuleEditorSummary';
import { RuleItemsFieldset } from './RuleItemsFieldset';
import { RuleSelect } from './RuleSelect';
import { RuleTriggerEditor } from './RuleTriggerEditor';

const ruleFieldsSchema = z.object(ruleFieldsShape);

/** Writes or edits a rule: trigger, conditions, actions, with the sentence it reads as, live. */
export const RuleEditorDialog = ({ rule, onClose }: { rule: AutomationRule | null; onClose(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [draft, setDraft] = useState<RuleDraft>(() => ruleDraftOf(rule));
  const options = useRuleEditorOptions(draft.pipelineId);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<RuleDraft>) => setDraft((was) => ({ ...was, ...patch }));
  const firstStage = options.stages[0]?.value ?? '';

  const submit = async () => {
    const body = {
      name: draft.name,
      pipelineId: draft.pipelineId,
      trigger: draft.trigger,
      conditions: draft.conditions,
      actions: draft.actions,
    };
    // The contract's own check first, so a missing part is named in words, not as a bare "too small".
    const parsed = ruleFieldsSchema.safeParse(body);
    const invalid = parsed.success ? undefined : parsed.error.issues[0];
    if (invalid) return setError(ruleIssueText(invalid, t));
    const problem = await save(() =>
      rule
        ? client.call('automation.update', { id: rule.id, ...body })
        : client.call('automation.create', { ...body, enabled: draft.enabled }),
    );
    setError(problem);
    if (!problem) onClose();
  };

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
            <RuleSelect
              value={draft.pipelineId ?? ''}
              options={options.pipelines}
              blank={{ label: t('automation.summary.scopeAll') }}
              onChange={(pipelineId) => set({ pipelineId: pipelineId === '' ? null : pipelineId })}
            />
          </label>
        </div>
        <RuleTriggerEditor trigger={draft.trigger} stages={options.stages} onChange={(trigger) => set({ trigger })} />
        <RuleItemsFieldset
          legend={t('automation.editor.conditions')}
          items={draft.conditions}
          addLabel={t('automation.editor.addCondition')}
          newItem={() => newCondition('stage', firstStage, '')}
          onChange={(conditions) => set({ conditions })}
        >
          {(condition, onChange) => <RuleConditionRow condition={condition} options={options} onChange={onChange} />}
        </RuleItemsFieldset>
        <RuleItemsFieldset
          legend={t('automation.editor.actions')}
          items={draft.actions}
          addLabel={t('automation.editor.addAction')}
          newItem={() => newAction('create_task', firstStage, '')}
          onChange={(actions) => set({ actions })}
        >
          {(action, onChange) => <RuleActionRow action={action} options={options} onChange={onChange} />}
        </RuleItemsFieldset>
        <RuleEditorSummary draft={draft} />
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
