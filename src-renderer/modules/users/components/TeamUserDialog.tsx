import type { User } from '@shared/contract/schemas/users';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useFormSave } from '../../../ui/form/useFormSave';
import { Modal } from '../../../ui/Modal/Modal';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useUserForm } from '../hooks/useUserForm';
import { emptyUserForm, userFormInput, userToFormValues } from '../utils/userFormValues';
import { UserFields } from './UserFields';
import '../../../ui/form/FormGrid.css';

const TeamUserForm = ({ user, team, onDone }: { user?: User | undefined; team: readonly User[]; onDone(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const form = useUserForm(user ? userToFormValues(user) : emptyUserForm('rep'));
  const { busy, save } = useFormSave(form.setErrors);
  const teams = useLiveQuery('teams.list', {}, ['teams']).data ?? [];
  // Anyone active but the user themself may be their manager (the core refuses cycles).
  const managers = team.filter((candidate) => candidate.active && candidate.id !== user?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.validate()) return;
    await save(async () => {
      if (user) {
        await client.call('users.update', { id: user.id, patch: userFormInput(form.values) });
        push({ tone: 'success', message: t('users.form.saved') });
      } else {
        const created = await client.call('users.create', userFormInput(form.values));
        push({ tone: 'success', message: t('users.form.created', { name: created.name }) });
      }
      onDone();
    });
  };

  return (
    <form className="record-form" noValidate onSubmit={submit}>
      <div className="modal-body">
        <UserFields
          values={form.values}
          errors={form.errors}
          onChange={form.change}
          onBlur={form.recheck}
          managers={managers}
          teams={teams}
        />
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {user ? t('common.actions.save') : t('users.form.submitCreate')}
        </button>
      </footer>
    </form>
  );
};

/** Add a teammate, or edit one (name, e-mail, role, manager, team). */
export const TeamUserDialog = ({
  open,
  user,
  team,
  onClose,
}: {
  open: boolean;
  user?: User | undefined;
  team: readonly User[];
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={user ? t('users.form.editTitle') : t('users.form.createTitle')} onClose={onClose}>
      <TeamUserForm user={user} team={team} onDone={onClose} />
    </Modal>
  );
};
