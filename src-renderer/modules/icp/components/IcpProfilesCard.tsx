import type { IcpProfile } from '@shared/contract/schemas/icpProfiles';
import { formatInstant } from '@shared/i18n/formatDates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureIcpMessages } from '../utils/ensureIcpMessages';
import { icpSizeSummary } from '../utils/icpSizeSummary';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { RecordListCard } from '../../../ui/RecordListCard';
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
  const language = useLanguage();
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'UTC');
  const profiles = useLiveQuery('icpProfiles.list', {}, ['icp_profiles', 'companies']).data;
  const [editing, setEditing] = useState<{ profile?: IcpProfile } | null>(null);

  const summary = (profile: IcpProfile): string => {
    const parts = [profile.industries.join(', '), icpSizeSummary(profile, t), profile.regions.join(', ')];
    return parts.filter(Boolean).join(' · ') || t('icp.summary.any');
  };
  const status = (profile: IcpProfile): string =>
    profile.status === 'approved' && profile.approvedAt !== null
      ? t('icp.status.approvedBy', {
          name: profile.approvedByName ?? '—',
          date: formatInstant(profile.approvedAt, 'date', language, timeZone),
        })
      : t('icp.status.draft');
  return (
    <RecordListCard
      name="icp"
      testId="icp-profiles-card"
      rowTestId="icp-profile-row"
      title={t('icp.title')}
      hint={t('icp.hint')}
      addLabel={t('icp.add')}
      emptyText={t('icp.empty')}
      records={profiles}
      onAdd={() => setEditing({})}
      onEdit={(profile) => setEditing({ profile })}
      renderMain={(profile) => (
        <>
          <div>
            <span className="icp-profile-name">{profile.name}</span>{' '}
            <span className={profile.status === 'approved' ? 'badge badge-won' : 'badge'}>{status(profile)}</span>
          </div>
          <div className="icp-profile-summary muted">{summary(profile)}</div>
          <div className="icp-profile-summary muted">
            {t('icp.matches', { full: profile.companies.full, half: profile.companies.half })}
          </div>
        </>
      )}
      renderActions={(profile, act) =>
        profile.status === 'approved' ? (
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
        )
      }
      deleteLabel={(profile) => t('icp.delete', { name: profile.name })}
      deleteConfirm={(profile) => t('icp.deleteConfirm', { name: profile.name })}
      onDelete={(profile) => client.call('icpProfiles.delete', { id: profile.id })}
    >
      {editing ? <IcpProfileDialog profile={editing.profile} onClose={() => setEditing(null)} /> : null}
    </RecordListCard>
  );
};
