import type { User } from '@shared/contract/schemas/users';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useFormSave } from '../../../ui/form/useFormSave';
import { lazyPart } from '../../../ui/lazyPart';
import { Modal } from '../../../ui/Modal/Modal';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaveSettings } from '../../settings/hooks/useSaveSettings';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useUserForm } from '../hooks/useUserForm';
import { useWhoAreYouOpen } from '../hooks/useWhoAreYouOpen';
import { useUsersStore } from '../stores/usersStore';
import { useWhoAreYouStore } from '../stores/whoAreYouStore';
import { initials } from '@shared/domain/initials';
import { emptyUserForm, userFormInput } from '../utils/userFormValues';
import { UserFields } from './UserFields';
import '../../../ui/form/FormGrid.css';
import './WhoAreYouDialog.css';

type Done = (user: User) => Promise<void>;

// "Open a sample workspace": only a first start shows it, so its code and words load with it.
const SampleOffer = lazyPart(() => import('../../sample/components/SampleOffer'), 'SampleOffer');

// "Protect this workspace with encryption?": asked once per device at a first start, loaded with it.
const EncryptionOffer = lazyPart(() => import('../../security/components/EncryptionOffer'), 'EncryptionOffer');

/** The team's active users as a radio list: pick yourself. */
const PickUser = ({
  users,
  currentId,
  onCreate,
  onDone,
  onLater,
}: {
  users: readonly User[];
  currentId: string | null;
  onCreate(): void;
  onDone: Done;
  onLater(): void;
}) => {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(currentId ?? users[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const user = users.find((candidate) => candidate.id === chosen);
    if (!user) return;
    setBusy(true);
    await onDone(user);
    setBusy(false);
  };
  return (
    <form onSubmit={submit}>
      <div className="modal-body">
        <fieldset className="who-list">
          <legend className="who-legend">{t('users.whoAreYou.pick')}</legend>
          {users.map((user) => (
            <label key={user.id} className="who-option">
              <input
                type="radio"
                name="who"
                value={user.id}
                checked={chosen === user.id}
                // The dialog opens on the chosen person, so Enter confirms at once.
                autoFocus={chosen === user.id}
                data-autofocus={chosen === user.id ? '' : undefined}
                onChange={() => setChosen(user.id)}
              />
              <span className="user-avatar" aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="who-text">
                <span className="who-name">{user.name}</span>
                <span className="muted">{[t(`users.roles.${user.role}`), user.email].filter(Boolean).join(' · ')}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button-link who-switch" onClick={onCreate}>
          {t('users.whoAreYou.notListed')}
        </button>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onLater}>
          {t('users.whoAreYou.later')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !chosen}>
          {t('users.whoAreYou.continue')}
        </button>
      </footer>
    </form>
  );
};

/** "I am not on the list" (or nobody is yet): name, e-mail, role. */
const CreateUser = ({
  firstUser,
  onBack,
  onDone,
  onLater,
}: {
  firstUser: boolean;
  onBack: (() => void) | null;
  onDone: Done;
  onLater(): void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  // The first person to open a fresh workspace usually runs it.
  const form = useUserForm(emptyUserForm(firstUser ? 'admin' : 'rep'));
  const { busy, save } = useFormSave(form.setErrors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.validate()) return;
    await save(async () => {
      await onDone(await client.call('users.create', userFormInput(form.values)));
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      <div className="modal-body">
        {firstUser ? <p className="muted">{t('users.whoAreYou.createLead')}</p> : null}
        <UserFields values={form.values} errors={form.errors} onChange={form.change} onBlur={form.recheck} />
        {onBack ? (
          <button type="button" className="button button-link who-switch" onClick={onBack}>
            {t('users.whoAreYou.backToList')}
          </button>
        ) : null}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onLater}>
          {t('users.whoAreYou.later')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('users.whoAreYou.createAndContinue')}
        </button>
      </footer>
    </form>
  );
};

/**
 * "Who are you?": at first start (no current user chosen on this device) and on "Switch user".
 * Pick yourself among the active users or add yourself; the choice is stored in the settings
 * (`user.currentId`), so changes are recorded in your name and new records are yours. "Later"
 * leaves it for this session. Loaded on demand by WhoAreYouHost.
 */
export const WhoAreYouDialog = () => {
  const { t } = useTranslation();
  const { user, users, ready } = useCurrentUser();
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const setUsers = useUsersStore((state) => state.setUsers);
  const { postpone, close } = useWhoAreYouStore();
  const [creating, setCreating] = useState(false);
  const active = (users ?? []).filter((candidate) => candidate.active);
  const open = useWhoAreYouOpen({ user, ready });

  const finish: Done = async (chosen) => {
    // A user just created is known at once, before the list refetches (else the prompt would flash).
    if (users && !users.some((known) => known.id === chosen.id)) setUsers([...users, chosen]);
    if (await save({ 'user.currentId': chosen.id })) {
      close();
      setCreating(false);
      push({ tone: 'success', message: t('users.whoAreYou.welcomeBack', { name: chosen.name }) });
    }
  };
  const later = () => {
    setCreating(false);
    if (user) close();
    else postpone();
  };

  return (
    <Modal open={open} title={t('users.whoAreYou.title')} onClose={later}>
      <div className="who-welcome">
        {/* The welcome is for a first start; switching from someone already chosen asks plainly. */}
        <p>{t(user === null ? 'users.whoAreYou.welcome' : 'users.whoAreYou.switching')}</p>
      </div>
      {user === null ? (
        <>
          <SampleOffer />
          <EncryptionOffer />
        </>
      ) : null}
      {creating || active.length === 0 ? (
        <CreateUser
          firstUser={active.length === 0}
          onBack={active.length > 0 ? () => setCreating(false) : null}
          onDone={finish}
          onLater={later}
        />
      ) : (
        <PickUser
          users={active}
          currentId={user?.id ?? null}
          onCreate={() => setCreating(true)}
          onDone={finish}
          onLater={later}
        />
      )}
    </Modal>
  );
};
