import {
  PERSONA_CHANNELS,
  type Persona,
  type PersonaChannel,
  personaCreateInputSchema,
} from '@shared/contract/schemas/personas';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Modal } from '../../../ui/Modal/Modal';
import { maxLengthOf } from '../../../ui/form/maxLengthOf';
import { useFormSave } from '../../../ui/form/useFormSave';
import { CheckGroup } from '../../segments/components/CheckGroup';
import { ensurePersonaMessages } from '../utils/ensurePersonaMessages';

type TextField = 'name' | 'role' | 'goals' | 'pains' | 'objections';

/** Create or edit a persona; a new name is carried to the contacts that named the old one. */
export const PersonaDialog = ({ persona, onClose }: { persona?: Persona | undefined; onClose(): void }) => {
  const { t, i18n } = useTranslation();
  ensurePersonaMessages(i18n);
  const client = useClient();
  const [values, setValues] = useState<Record<TextField, string>>({
    name: persona?.name ?? '',
    role: persona?.role ?? '',
    goals: persona?.goals ?? '',
    pains: persona?.pains ?? '',
    objections: persona?.objections ?? '',
  });
  const [channels, setChannels] = useState<PersonaChannel[]>(persona?.channels ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, save } = useFormSave(setErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) return setErrors({ name: t('issues.required') });
    const input = { ...values, channels };
    await save(async () => {
      if (persona) await client.call('personas.update', { id: persona.id, patch: input });
      else await client.call('personas.create', input);
      onClose();
    });
  };

  const field = (name: TextField, multiline: boolean) => (
    <label className={name === 'name' || name === 'role' ? 'span-2' : undefined}>
      <span className="field-label">{t(`personas.fields.${name}`)}</span>
      {multiline ? (
        <textarea
          className="input"
          rows={2}
          maxLength={maxLengthOf(personaCreateInputSchema, name)}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        />
      ) : (
        <input
          className="input"
          // The contract's limit (100 for a name), so a long name is cut while typed, never refused as "too big".
          maxLength={maxLengthOf(personaCreateInputSchema, name)}
          data-autofocus={name === 'name' || undefined}
          value={values[name]}
          placeholder={name === 'name' ? t('personas.form.namePlaceholder') : undefined}
          aria-invalid={errors[name] ? 'true' : undefined}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        />
      )}
      {errors[name] ? (
        <span className="field-error" role="alert">
          {errors[name]}
        </span>
      ) : null}
    </label>
  );

  return (
    <Modal
      open
      title={persona ? t('personas.form.editTitle') : t('personas.form.newTitle')}
      onClose={onClose}
      width="wide"
    >
      <form noValidate onSubmit={submit} data-testid="persona-form">
        <div className="modal-body icp-form">
          {field('name', false)}
          {field('role', false)}
          {field('goals', true)}
          {field('pains', true)}
          {field('objections', true)}
          <div>
            <CheckGroup
              label={t('personas.fields.channels')}
              options={PERSONA_CHANNELS.map((channel) => ({
                value: channel,
                label: t(`personas.channels.${channel}`),
              }))}
              chosen={channels}
              onChange={setChannels}
            />
          </div>
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('personas.form.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
