import { type Team, teamFormSchema } from '@shared/contract/schemas/teams';
import type { User } from '@shared/contract/schemas/users';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { Field, fieldAria } from '../../../ui/form/Field';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { maxLengthOf } from '../../../ui/form/maxLengthOf';
import { Select } from '../../../ui/form/Select';
import { useFormSave } from '../../../ui/form/useFormSave';
import { Modal } from '../../../ui/Modal/Modal';
import { useToastStore } from '../../../ui/toasts/toastStore';
import '../../../ui/form/FormGrid.css';

type Values = { name: string; leadId: string | null };
/** The contract's limit (100), so a long name is cut while typed, never refused after. */
const NAME_MAX = maxLengthOf(teamFormSchema, 'name');

const TeamForm = ({ team, users, onDone }: { team?: Team | undefined; users: readonly User[]; onDone(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const [initial] = useState<Values>({ name: team?.name ?? '', leadId: team?.leadId ?? null });
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, save } = useFormSave(setErrors);
  useUnsavedChanges(values.name !== initial.name || values.leadId !== initial.leadId);
  // A team is led by an active manager or administrator (the core checks it too).
  const leads = users.filter((user) => user.active && user.role !== 'rep');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = teamFormSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    await save(async () => {
      if (team) await client.call('teams.update', { id: team.id, patch: parsed.data });
      else await client.call('teams.create', parsed.data);
      push({
        tone: 'success',
        message: t(team ? 'settings.teams.saved' : 'settings.teams.created', { name: parsed.data.name }),
      });
      onDone();
    });
  };

  return (
    <form className="record-form" noValidate onSubmit={submit}>
      <div className="modal-body">
        <div className="form-grid">
          <div className="span-6">
            <Field id="team-name" label={t('settings.teams.name')} error={errors.name}>
              <input
                id="team-name"
                className="input"
                autoFocus
                data-autofocus=""
                maxLength={NAME_MAX}
                placeholder={t('settings.teams.namePlaceholder')}
                value={values.name}
                onChange={(event) => setValues({ ...values, name: event.target.value })}
                {...fieldAria('team-name', errors.name)}
              />
            </Field>
          </div>
          <div className="span-6">
            <Field id="team-lead" label={t('settings.teams.lead')} optional error={errors.leadId}>
              <Select
                id="team-lead"
                value={values.leadId ?? ''}
                onChange={(event) => setValues({ ...values, leadId: event.target.value || null })}
                {...fieldAria('team-lead', errors.leadId)}
              >
                <option value="">{t('settings.teams.noLead')}</option>
                {leads.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </div>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {team ? t('common.actions.save') : t('settings.teams.submitCreate')}
        </button>
      </footer>
    </form>
  );
};

/** Add a team or edit one: its name and its lead. */
export const TeamDialog = ({
  open,
  team,
  users,
  onClose,
}: {
  open: boolean;
  team?: Team | undefined;
  users: readonly User[];
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={team ? t('settings.teams.editTitle') : t('settings.teams.createTitle')} onClose={onClose}>
      <TeamForm team={team} users={users} onDone={onClose} />
    </Modal>
  );
};
