import type { Team } from '@shared/contract/schemas/teams';
import { USER_ROLES, type User } from '@shared/contract/schemas/users';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { Select } from '../../../ui/form/Select';
import type { UserFormValues } from '../utils/userFormValues';

/**
 * Name, e-mail, role and (on the team screen) manager: the boxes shared by "Who are you?" and
 * the team's add/edit form.
 */
export const UserFields = ({
  values,
  errors,
  onChange,
  onBlur,
  managers,
  teams,
}: {
  values: UserFormValues;
  errors: FieldErrors;
  onChange(patch: Partial<UserFormValues>): void;
  onBlur?(field: keyof UserFormValues): void;
  /** Offer a manager picker among these users (left out at first start). */
  managers?: readonly User[];
  /** Offer a team picker among these (Settings only: its messages load with the page). */
  teams?: readonly Team[];
}) => {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <div className="span-6">
        <Field id="user-name" label={t('users.fields.name')} error={errors.name}>
          <input
            id="user-name"
            className="input"
            // autoFocus when the form appears in an open dialog; data-autofocus when the dialog opens.
            autoFocus
            data-autofocus=""
            autoComplete="name"
            placeholder={t('users.form.namePlaceholder')}
            value={values.name}
            onChange={(event) => onChange({ name: event.target.value })}
            onBlur={() => onBlur?.('name')}
            {...fieldAria('user-name', errors.name)}
          />
        </Field>
      </div>
      <div className="span-3">
        <Field id="user-email" label={t('users.fields.email')} optional error={errors.email}>
          <input
            id="user-email"
            className="input"
            inputMode="email"
            autoComplete="email"
            placeholder={t('users.form.emailPlaceholder')}
            value={values.email}
            onChange={(event) => onChange({ email: event.target.value })}
            onBlur={() => onBlur?.('email')}
            {...fieldAria('user-email', errors.email)}
          />
        </Field>
      </div>
      <div className="span-3">
        <Field id="user-role" label={t('users.fields.role')} error={errors.role}>
          <Select
            id="user-role"
            value={values.role}
            onChange={(event) => onChange({ role: event.target.value as UserFormValues['role'] })}
            {...fieldAria('user-role', errors.role)}
          >
            {USER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`users.roles.${role}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {managers ? (
        <div className="span-6">
          <Field id="user-manager" label={t('users.fields.manager')} optional error={errors.managerId}>
            <Select
              id="user-manager"
              value={values.managerId ?? ''}
              onChange={(event) => onChange({ managerId: event.target.value || null })}
              {...fieldAria('user-manager', errors.managerId)}
            >
              <option value="">{t('users.form.noManager')}</option>
              {managers.map((manager) => (
                <option key={manager.id} value={manager.id}>
                  {manager.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {teams ? (
        <div className="span-6">
          <Field id="user-team" label={t('settings.teams.field')} optional error={errors.teamId}>
            <Select
              id="user-team"
              value={values.teamId ?? ''}
              onChange={(event) => onChange({ teamId: event.target.value || null })}
              {...fieldAria('user-team', errors.teamId)}
            >
              <option value="">{t('settings.teams.noTeam')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
    </div>
  );
};
