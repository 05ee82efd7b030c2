import type { Language } from '@shared/contract/schemas/common';
import type { PresetKey } from '@shared/contract/schemas/automation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { RuleEditorDialog } from './RuleEditorDialog';
import { RuleRunsList } from './RuleRunsList';
import { ensureAutomationMessages } from '../utils/ensureAutomationMessages';
import './Automation.css';

/**
 * Settings → Automation: the ready-made rules (one click to switch on), the workspace's rules,
 * each read as one plain sentence with its on/off switch, its editor and its run history.
 */
export const AutomationCard = () => {
  const { t, i18n } = useTranslation();
  ensureAutomationMessages(i18n);
  const language = (i18n.language === 'en' ? 'en' : 'ru') as Language;
  const client = useClient();
  const save = useSaver();
  const rules = useLiveQuery('automation.list', { language }, ['automation_rules', 'stages', 'users']).data;
  const presets = useLiveQuery('automation.presets', {}, ['automation_rules']).data;
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const togglePreset = async (key: PresetKey, ruleId: string | null, enabled: boolean) =>
    setError(
      await save(() =>
        enabled && ruleId
          ? client.call('automation.setEnabled', { id: ruleId, enabled: false })
          : client.call('automation.enablePreset', { key, language }),
      ),
    );

  return (
    <section className="card automation-card" aria-labelledby="automation-title" data-testid="automation-card">
      <header className="automation-header">
        <div>
          <h2 id="automation-title">{t('automation.title')}</h2>
          <p className="muted">{t('automation.description')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          <Icon name="plus" size={18} />
          {t('automation.rules.add')}
        </button>
      </header>
      <h3 className="automation-subtitle">{t('automation.presets.title')}</h3>
      <p className="muted automation-hint">{t('automation.presets.hint')}</p>
      <ul className="automation-presets" aria-label={t('automation.presets.title')}>
        {(presets ?? []).map((preset) => (
          <li key={preset.key} className="automation-preset" data-testid={`preset-${preset.key}`}>
            <span>{t(`automation.presets.${preset.key}.name`)}</span>
            <button
              type="button"
              className={preset.enabled ? 'button button-small' : 'button button-small button-primary'}
              aria-pressed={preset.enabled}
              onClick={() => void togglePreset(preset.key, preset.ruleId, preset.enabled)}
            >
              {preset.enabled ? t('automation.presets.disable') : t('automation.presets.enable')}
            </button>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error">{error}</p> : null}
      <h3 className="automation-subtitle">{t('automation.rules.title')}</h3>
      {rules && rules.length === 0 ? <p className="muted">{t('automation.rules.empty')}</p> : null}
      <ul className="automation-rules" aria-label={t('automation.rules.title')}>
        {(rules ?? []).map((rule) => (
          <li key={rule.id} className="automation-rule" data-testid="automation-rule">
            <div className="automation-rule-head">
              <label className="automation-switch">
                <input
                  type="checkbox"
                  checked={rule.enabled}
                  aria-label={rule.enabled ? t('automation.rules.enabled') : t('automation.rules.disabled')}
                  onChange={async (event) =>
                    setError(
                      await save(() =>
                        client.call('automation.setEnabled', { id: rule.id, enabled: event.target.checked }),
                      ),
                    )
                  }
                />
                <strong>{rule.name}</strong>
              </label>
              {rule.presetKey ? <span className="badge">{t('automation.rules.fromPreset')}</span> : null}
              <span className={rule.enabled ? 'automation-state is-on' : 'automation-state'}>
                {rule.enabled ? t('automation.rules.enabled') : t('automation.rules.disabled')}
              </span>
              <div className="automation-rule-actions">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setHistory(history === rule.id ? null : rule.id)}
                >
                  {t('automation.rules.history')}
                </button>
                <button type="button" className="button button-small" onClick={() => setEditing(rule.id)}>
                  {t('automation.rules.edit')}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('automation.rules.delete')}: ${rule.name}`}
                  title={t('automation.rules.delete')}
                  onClick={async () => {
                    // A deleted rule cannot be brought back: the manager confirms, as for a template or a segment.
                    if (!window.confirm(t('automation.rules.deleteConfirm', { name: rule.name }))) return;
                    setError(await save(() => client.call('automation.delete', { id: rule.id })));
                  }}
                >
                  <Icon name="trash" size={16} />
                </button>
              </div>
            </div>
            <p className="automation-summary" data-testid="rule-summary">
              {rule.summary}
            </p>
            {history === rule.id ? <RuleRunsList ruleId={rule.id} /> : null}
          </li>
        ))}
      </ul>
      {editing !== null ? (
        <RuleEditorDialog
          rule={editing === 'new' ? null : (rules?.find((rule) => rule.id === editing) ?? null)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
};
