import { HUB_ROLES, type HubMemberView } from '@shared/contract/schemas/hub';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useHubTeam } from '../hooks/useHubTeam';
import { ensureHubMessages } from '../utils/ensureHubMessages';
import { HubProblemText } from './HubProblemText';
// The team table's look: Settings → Team's.
import '../../users/components/TeamCard.css';
import './HubTeamCard.css';

type Hub = ReturnType<typeof useHubTeam>;

const RoleSelect = ({ value, onChange, label }: { value: string; onChange(role: string): void; label: string }) => {
  const { t } = useTranslation();
  return (
    <Select value={value} aria-label={label} onChange={(event) => onChange(event.target.value)}>
      {HUB_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`hubCard.roles.${role}`)}
        </option>
      ))}
    </Select>
  );
};

/** One person; an admin edits role and team in place and saves, or removes them. */
const MemberRow = ({
  member,
  me,
  name,
  manager,
  hub,
  canManage,
}: {
  member: HubMemberView;
  me: string | null;
  name: string | undefined;
  manager: string | null;
  hub: Hub;
  canManage: boolean;
}) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(member);
  const dirty = draft.role !== member.role || (draft.team ?? '') !== (member.team ?? '');
  return (
    <tr data-testid={`hub-member-${member.login}`}>
      <td>
        <code>{member.login}</code>
        {member.login === me ? <span className="team-you">{t('hubCard.team.you')}</span> : null}
      </td>
      <td>{name ?? <span className="muted">{t('hubCard.team.unknownPerson')}</span>}</td>
      <td>
        {canManage ? (
          <RoleSelect
            value={draft.role}
            label={`${t('hubCard.team.role')}: ${member.login}`}
            onChange={(role) => setDraft({ ...draft, role: role as HubMemberView['role'] })}
          />
        ) : (
          t(`hubCard.roles.${member.role}`)
        )}
      </td>
      <td>
        {canManage ? (
          <input
            className="input hub-team-input"
            aria-label={`${t('hubCard.team.team')}: ${member.login}`}
            value={draft.team ?? ''}
            placeholder={t('hubCard.team.noTeam')}
            onChange={(event) =>
              setDraft({ ...draft, team: event.target.value.trim() === '' ? null : event.target.value })
            }
          />
        ) : (
          (member.team ?? <span className="muted">{t('hubCard.team.noTeam')}</span>)
        )}
      </td>
      <td>{manager ?? <span className="muted">—</span>}</td>
      {canManage ? (
        <td className="team-actions">
          <button
            type="button"
            className="button button-small"
            disabled={!dirty || hub.busy}
            onClick={() => void hub.setRole({ ...draft, team: draft.team?.trim() || null })}
          >
            {t('hubCard.team.save')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={member.login === me || hub.busy}
            onClick={() => {
              if (window.confirm(t('hubCard.team.removeConfirm', { login: member.login }))) {
                void hub.remove(member.login);
              }
            }}
          >
            {t('hubCard.team.remove')}
          </button>
        </td>
      ) : null}
    </tr>
  );
};

/** An admin's form: a person of this workspace, their new login and password, role and team. */
const AddMemberForm = ({ hub, taken }: { hub: Hub; taken: Set<string> }) => {
  const { t } = useTranslation();
  const { users } = useCurrentUser();
  const empty = { login: '', password: '', userId: '', role: 'rep' as HubMemberView['role'], team: '' };
  const [form, setForm] = useState(empty);
  const candidates = (users ?? []).filter((user) => user.active && !taken.has(user.id));
  const ready = form.login.trim() !== '' && form.password.length >= 8 && form.userId !== '';
  return (
    <form
      className="hub-team-add"
      aria-label={t('hubCard.team.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        void hub
          .add({ ...form, login: form.login.trim(), team: form.team.trim() || null })
          .then((ok) => ok && setForm(empty));
      }}
    >
      <strong>{t('hubCard.team.addTitle')}</strong>
      <Select
        aria-label={t('hubCard.team.person')}
        value={form.userId}
        onChange={(event) => setForm({ ...form, userId: event.target.value })}
      >
        <option value="">{t('hubCard.team.choosePerson')}</option>
        {candidates.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </Select>
      <input
        className="input hub-team-input"
        aria-label={t('hubCard.team.login')}
        placeholder={t('hubCard.team.loginPlaceholder')}
        autoComplete="off"
        value={form.login}
        onChange={(event) => setForm({ ...form, login: event.target.value.toLowerCase() })}
      />
      <input
        className="input hub-team-input"
        type="password"
        autoComplete="new-password"
        aria-label={t('hubCard.team.password')}
        placeholder={t('hubCard.team.password')}
        title={t('hubCard.team.passwordHint')}
        value={form.password}
        onChange={(event) => setForm({ ...form, password: event.target.value })}
      />
      <RoleSelect
        value={form.role}
        label={t('hubCard.team.role')}
        onChange={(role) => setForm({ ...form, role: role as HubMemberView['role'] })}
      />
      <input
        className="input hub-team-input"
        aria-label={t('hubCard.team.team')}
        placeholder={t('hubCard.team.teamPlaceholder')}
        value={form.team}
        onChange={(event) => setForm({ ...form, team: event.target.value })}
      />
      <button type="submit" className="button button-small button-primary" disabled={!ready || hub.busy}>
        {hub.busy ? t('hubCard.team.adding') : t('hubCard.team.add')}
      </button>
      <p className="muted hub-team-hint">{t('hubCard.team.passwordHint')}</p>
    </form>
  );
};

/**
 * Settings → Team, the hub's side: everyone with a login on the connected hub, their role, team
 * and the team's manager. An admin there adds people (the hub creates their login), changes roles
 * and removes them; everyone else reads the list. Hidden while this device has no hub.
 */
export const HubTeamCard = () => {
  const { t, i18n } = useTranslation();
  ensureHubMessages(i18n);
  const status = useLiveQuery('hub.get', {}, ['sync_hub']).data;
  const url = status?.url ?? null;
  const hub = useHubTeam(url);
  const { users } = useCurrentUser();
  if (url === null) return null;
  const team = hub.team;
  const names = new Map((users ?? []).map((user) => [user.id, user.name]));
  const members = team?.members ?? [];
  const managerOf = (member: HubMemberView) =>
    member.team === null
      ? null
      : members
          .filter((other) => other.role === 'manager' && other.team === member.team && other.login !== member.login)
          .map((other) => names.get(other.userId) ?? other.login)
          .join(', ') || null;
  const canManage = team?.canManage ?? false;

  return (
    <section className="card team-card" aria-labelledby="hub-team-title" data-testid="hub-team-card">
      <header className="team-header">
        <div>
          <h2 id="hub-team-title">{t('hubCard.team.title')}</h2>
          <p className="muted">
            {t('hubCard.team.description')} {team && !canManage ? t('hubCard.team.readOnly') : null}
          </p>
        </div>
      </header>
      {team?.problem ? (
        <p className="team-empty">
          <HubProblemText problem={team.problem} />
        </p>
      ) : null}
      {members.length > 0 ? (
        <table className="team-table" aria-labelledby="hub-team-title">
          <thead>
            <tr>
              <th scope="col">{t('hubCard.team.login')}</th>
              <th scope="col">{t('hubCard.team.person')}</th>
              <th scope="col">{t('hubCard.team.role')}</th>
              <th scope="col">{t('hubCard.team.team')}</th>
              <th scope="col">{t('hubCard.team.manager')}</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">{t('hubCard.team.save')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={`${member.login}:${member.role}:${member.team ?? ''}`}
                member={member}
                me={team?.me ?? null}
                name={names.get(member.userId)}
                manager={managerOf(member)}
                hub={hub}
                canManage={canManage}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {canManage ? <AddMemberForm hub={hub} taken={new Set(members.map((member) => member.userId))} /> : null}
    </section>
  );
};
