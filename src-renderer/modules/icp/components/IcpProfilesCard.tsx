import type { IcpProfile } from '@shared/contract/schemas/icpProfiles';
import { formatInstant } from '@shared/i18n/formatDates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureIcpMessages } from '../utils/ensureIcpMessages';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { IcpProfileDialog } from './IcpProfileDialog';
import './Icp.css';

/**
 * Settings → Ideal customer profiles: what a fitting company looks like. Drafts fit nobody; an
 * approved profile (who approved it and when is shown) gives every company its fit.
 */
export const IcpProfilesCard = () => {
  const { t, i18n } = useTranslation();
  ensureIcpMessages(i18n);
  const client = useClient();
  const save = useSaver();
  const language = useLanguage();
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'UTC');
  const profiles = useLiveQuery('icpProfiles.list', {}, ['icp_profiles', 'companies']).data;
  const [editing, setEditing] = useState<{ profile?: IcpProfile } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  const summary = (profile: IcpProfile): string => {
    const parts = [
      profile.industries.join(', '),
      profile.sizeMin || profile.sizeMax
        ? t('icp.summary.size', {
            from: profile.sizeMin ? t(`companies.sizes.${profile.sizeMin}`) : '…',
            to: profile.sizeMax ? t(`companies.sizes.${profile.sizeMax}`) : '…',
          })
        : '',
      profile.regions.join(', '),
    ];
    return parts.filter(Boolean).join(' · ') || t('icp.summary.any');
  };
  const status = (profile: IcpProfile): string =>
    profile.status === 'approved' && profile.approvedAt !== null
      ? t('icp.status.approvedBy', {
          name: profile.approvedByName ?? '—',
          date: formatInstant(profile.approvedAt, 'date', language, timeZone),
        })
      : t('icp.status.draft');
  const act = async (call: () => Promise<unknown>) => setRowError(await save(call));

  return (
    <section className="card campaigns-card" aria-labelledby="icp-title" data-testid="icp-profiles-card">
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id="icp-title">{t('icp.title')}</h2>
          <p className="muted">{t('icp.hint')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          {t('icp.add')}
        </button>
      </header>
      {!profiles ? (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      ) : profiles.length === 0 ? (
        <p className="muted campaigns-pad">{t('icp.empty')}</p>
      ) : (
        <ul className="icp-profile-list" aria-labelledby="icp-title">
          {profiles.map((profile) => (
            <li key={profile.id} className="icp-profile-row" data-testid="icp-profile-row">
              <div className="icp-profile-main">
                <div>
                  <span className="icp-profile-name">{profile.name}</span>{' '}
                  <span className={profile.status === 'approved' ? 'badge badge-won' : 'badge'}>{status(profile)}</span>
                </div>
                <div className="icp-profile-summary muted">{summary(profile)}</div>
                <div className="icp-profile-summary muted">
                  {t('icp.matches', { full: profile.companies.full, half: profile.companies.half })}
                </div>
              </div>
              <div className="icp-profile-actions">
                <button type="button" className="button button-small" onClick={() => setEditing({ profile })}>
                  {t('common.actions.edit')}
                </button>
                {profile.status === 'approved' ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => act(() => client.call('icpProfiles.unapprove', { id: profile.id }))}
                  >
                    {t('icp.unapprove')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button-small button-primary"
                    onClick={() => act(() => client.call('icpProfiles.approve', { id: profile.id }))}
                  >
                    {t('icp.approve')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={t('icp.delete', { name: profile.name })}
                  onClick={() => {
                    if (window.confirm(t('icp.deleteConfirm', { name: profile.name }))) {
                      void act(() => client.call('icpProfiles.delete', { id: profile.id }));
                    }
                  }}
                >
                  {t('common.actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rowError ? <p className="field-error campaigns-pad">{rowError}</p> : null}
      {editing ? <IcpProfileDialog profile={editing.profile} onClose={() => setEditing(null)} /> : null}
    </section>
  );
};
