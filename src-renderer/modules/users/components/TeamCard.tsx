import type { User } from '@shared/contract/schemas/users';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { initials } from '@shared/domain/initials';
import { DeactivateUserDialog } from './DeactivateUserDialog';
import { TeamsSettings } from './TeamsSettings';
import { TeamUserDialog } from './TeamUserDialog';
import './TeamCard.css';

type Editing = { user?: User } | null;

/** Settings → Team: everyone who can own records, with add, edit, deactivate and activate. */
export const TeamCard = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { user: me, users } = useCurrentUser();
  const [editing, setEditing] = useState<Editing>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const team = [...(users ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  const names = new Map(team.map((user) => [user.id, user.name]));
  const teams = useLiveQuery('teams.list', {}, ['teams', 'users']).data ?? [];
  const teamNames = new Map(teams.map((group) => [group.id, group.name]));

  const activate = (user: User) =>
    client
      .call('users.activate', { id: user.id })
      .then(
        (changed) => push({ tone: 'success', message: t('users.team.activated', { name: changed.name }) }),
        reportError,
      );

  return (
    <section className="card team-card" aria-labelledby="team-title">
      <header className="team-header">
        <div>
          <h2 id="team-title">{t('users.team.title')}</h2>
          <p className="muted">{t('users.team.description')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          <Icon name="plus" size={18} />
          {t('users.team.add')}
        </button>
      </header>
      {users === null ? (
        <p className="team-empty muted">{t('common.loading')}</p>
      ) : team.length === 0 ? (
        <p className="team-empty muted">{t('users.team.empty')}</p>
      ) : (
        <table className="team-table" aria-labelledby="team-title">
          <thead>
            <tr>
              <th scope="col">{t('users.fields.name')}</th>
              <th scope="col">{t('users.fields.email')}</th>
              <th scope="col">{t('users.fields.role')}</th>
              <th scope="col">{t('users.fields.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {team.map((user) => (
              <tr key={user.id} className={user.active ? undefined : 'is-inactive'}>
                <td>
                  <span className="team-person">
                    <span className="user-avatar" aria-hidden="true">
                      {initials(user.name)}
                    </span>
                    <span className="team-name">
                      {user.name}
                      {user.id === me?.id ? <span className="team-you">{t('users.team.you')}</span> : null}
                      {user.managerId ? (
                        <span className="team-manager muted">
                          {t('users.fields.manager')}: {names.get(user.managerId) ?? t('common.none')}
                        </span>
                      ) : null}
                      {user.teamId ? (
                        <span className="team-manager muted">
                          {t('settings.teams.field')}: {teamNames.get(user.teamId) ?? t('common.none')}
                        </span>
                      ) : null}
                    </span>
                  </span>
                </td>
                <td className="team-email" title={user.email ?? undefined}>
                  {user.email ?? <span className="muted">{t('common.none')}</span>}
                </td>
                <td className="team-role">{t(`users.roles.${user.role}`)}</td>
                <td>
                  <span className={user.active ? 'badge badge-won' : 'badge'}>
                    {t(user.active ? 'users.status.active' : 'users.status.inactive')}
                  </span>
                </td>
                <td className="team-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`${t('users.team.edit')}: ${user.name}`}
                    title={t('users.team.edit')}
                    onClick={() => setEditing({ user })}
                  >
                    <Icon name="edit" size={18} />
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={user.id === me?.id}
                    title={user.id === me?.id ? t('users.team.cannotDeactivateSelf') : undefined}
                    aria-label={`${t(user.active ? 'users.team.deactivate' : 'users.team.activate')}: ${user.name}`}
                    onClick={() => (user.active ? setDeactivating(user) : void activate(user))}
                  >
                    {t(user.active ? 'users.team.deactivate' : 'users.team.activate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DeactivateUserDialog
        user={deactivating}
        team={team}
        currentId={me?.id ?? null}
        onClose={() => setDeactivating(null)}
      />
      <TeamsSettings users={team} />
      <TeamUserDialog open={editing !== null} user={editing?.user} team={team} onClose={() => setEditing(null)} />
    </section>
  );
};
