import type { Team } from '@shared/contract/schemas/teams';
import type { User } from '@shared/contract/schemas/users';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { TeamDialog } from './TeamDialog';

type Editing = { team?: Team } | null;

/**
 * Settings → Team → Teams: named groups of users with a lead. Reports filter by them; rules test
 * them and deal round-robin within them. Users join a team in their own form.
 */
export const TeamsSettings = ({ users }: { users: readonly User[] }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const teams = useLiveQuery('teams.list', {}, ['teams', 'users']).data;
  const [editing, setEditing] = useState<Editing>(null);
  const names = new Map(users.map((user) => [user.id, user.name]));

  const remove = (team: Team) => {
    const question =
      team.members === 0
        ? t('settings.teams.deleteConfirmEmpty', { name: team.name })
        : t('settings.teams.deleteConfirm', { name: team.name, count: team.members });
    if (!window.confirm(question)) return;
    client
      .call('teams.delete', { id: team.id })
      .then(() => push({ tone: 'success', message: t('settings.teams.deleted', { name: team.name }) }), reportError);
  };

  return (
    <section className="teams-settings" aria-labelledby="teams-title">
      <header className="team-header">
        <div>
          <h3 id="teams-title">{t('settings.teams.title')}</h3>
          <p className="muted">{t('settings.teams.description')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          <Icon name="plus" size={18} />
          {t('settings.teams.add')}
        </button>
      </header>
      {!teams ? null : teams.length === 0 ? (
        <p className="team-empty muted">{t('settings.teams.empty')}</p>
      ) : (
        <table className="team-table" aria-labelledby="teams-title">
          <thead>
            <tr>
              <th scope="col">{t('settings.teams.name')}</th>
              <th scope="col">{t('settings.teams.lead')}</th>
              <th scope="col">{t('settings.teams.members')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <td className="teams-name">{team.name}</td>
                <td>
                  {team.leadId ? (
                    (names.get(team.leadId) ?? t('common.none'))
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  )}
                </td>
                <td>{team.members}</td>
                <td className="team-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`${t('settings.teams.edit')}: ${team.name}`}
                    title={t('settings.teams.edit')}
                    onClick={() => setEditing({ team })}
                  >
                    <Icon name="edit" size={18} />
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`${t('settings.teams.delete')}: ${team.name}`}
                    onClick={() => remove(team)}
                  >
                    {t('settings.teams.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TeamDialog open={editing !== null} team={editing?.team} users={users} onClose={() => setEditing(null)} />
    </section>
  );
};
