import { RpcFailure } from '@shared/contract/createClient';
import { SMTP_SECURITY, type SmtpSettings, type SmtpState, smtpSettingsSchema } from '@shared/contract/schemas/email';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useEmailError } from '../hooks/useEmailError';
import './Email.css';
import { ensureEmailMessages } from '../utils/ensureEmailMessages';

type Draft = {
  host: string;
  port: string;
  security: SmtpSettings['security'];
  username: string;
  fromAddress: string;
  fromName: string;
};

const EMPTY: Draft = { host: '', port: '587', security: 'starttls', username: '', fromAddress: '', fromName: '' };

const toDraft = (settings: SmtpSettings | null): Draft =>
  settings
    ? {
        host: settings.host,
        port: String(settings.port),
        security: settings.security,
        username: settings.username ?? '',
        fromAddress: settings.fromAddress,
        fromName: settings.fromName ?? '',
      }
    : EMPTY;

const passwordNote = (state: SmtpState, t: (key: string) => string): string =>
  state.password.source === 'keychain'
    ? t('email.smtp.passwordKeychain')
    : state.password.present
      ? t('email.smtp.passwordEnvSet')
      : t('email.smtp.passwordEnvMissing');

/**
 * Settings → E-mail: this computer's SMTP account (not synced: each laptop sends through its own),
 * where the password lives, and a test message sent now.
 */
export const SmtpCard = () => {
  const { t, i18n } = useTranslation();
  ensureEmailMessages(i18n);
  const state = useLiveQuery('email.smtp.get', {}, ['smtp_settings']).data;
  return (
    <section className="card email-card" aria-labelledby="smtp-title" data-testid="smtp-card">
      <header className="email-card-header">
        <h2 id="smtp-title">{t('email.smtp.title')}</h2>
        <p className="muted">{t('email.smtp.hint')}</p>
      </header>
      {/* Keyed by what is saved: a save (here or in another window) starts the form from it. */}
      {state ? (
        <SmtpForm key={JSON.stringify(state.settings)} state={state} />
      ) : (
        <p className="muted email-pad">{t('common.loading')}</p>
      )}
    </section>
  );
};

const SmtpForm = ({ state }: { state: SmtpState }) => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((store) => store.push);
  const errorText = useEmailError();
  const [draft, setDraft] = useState<Draft>(() => toDraft(state.settings));
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [testTo, setTestTo] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<Draft>) => {
    setDraft((was) => ({ ...was, ...patch }));
    setFieldErrors((was) => Object.fromEntries(Object.entries(was).filter(([name]) => !(name in patch))));
  };
  const run = async (work: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      push({ tone: 'success', message: success });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const settings = {
      host: draft.host.trim(),
      port: Number(draft.port),
      security: draft.security,
      username: draft.username.trim() || null,
      fromAddress: draft.fromAddress.trim(),
      fromName: draft.fromName.trim() || null,
    };
    // Checked here first, so each refused box says why under itself (a port of 99999, an address
    // that is not one), not one bare «Слишком большое значение» under the whole form.
    const parsed = smtpSettingsSchema.safeParse(settings);
    setFieldErrors(parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t));
    if (!parsed.success) return;
    void run(() => client.call('email.smtp.set', { settings }), t('email.smtp.saved'));
  };

  const field = (name: 'host' | 'port' | 'username' | 'fromAddress' | 'fromName', type = 'text') => (
    <label className={`email-field email-field-${name}`}>
      <span className="field-label">{t(`email.smtp.${name}`)}</span>
      <input
        className="input"
        type={type}
        value={draft[name]}
        aria-invalid={fieldErrors[name] ? 'true' : undefined}
        onChange={(event) => set({ [name]: event.target.value })}
      />
      {fieldErrors[name] ? <span className="field-error">{fieldErrors[name]}</span> : null}
    </label>
  );

  return (
    <form className="email-smtp-form" noValidate onSubmit={save}>
      {field('host')}
      {field('port', 'number')}
      <label className="email-field">
        <span className="field-label">{t('email.smtp.security')}</span>
        <Select
          aria-label={t('email.smtp.security')}
          value={draft.security}
          onChange={(event) => set({ security: event.target.value as Draft['security'] })}
        >
          {SMTP_SECURITY.map((option) => (
            <option key={option} value={option}>
              {t(`email.smtp.securityOptions.${option}`)}
            </option>
          ))}
        </Select>
      </label>
      {field('username')}
      {field('fromAddress', 'email')}
      {field('fromName')}
      {state.password.canStore ? (
        <div className="email-span email-test">
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            aria-label={t('email.smtp.password')}
            placeholder={state.password.present ? t('email.smtp.passwordStored') : t('email.smtp.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={busy || password === ''}
            onClick={() =>
              void run(async () => {
                // Main encrypts it with the OS keychain; it never passes through the database.
                const bridge = (window as { voronka?: VoronkaBridge }).voronka;
                const envelope = await bridge?.setSmtpPassword(password);
                if (envelope && !envelope.ok) throw new RpcFailure(envelope.error);
                setPassword('');
              }, t('email.smtp.passwordSaved'))
            }
          >
            {t('email.smtp.savePassword')}
          </button>
        </div>
      ) : null}
      <p className="muted email-span" data-testid="smtp-password-note">
        {passwordNote(state, t)}
      </p>
      {state.settings === null ? <p className="email-span email-notice">{t('email.smtp.notConfigured')}</p> : null}
      {error ? (
        <p className="field-error email-span" role="alert">
          {error}
        </p>
      ) : null}
      <div className="email-span email-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('email.smtp.save')}
        </button>
        {state.settings !== null ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => client.call('email.smtp.set', { settings: null }), t('email.smtp.saved'))}
          >
            {t('email.smtp.forget')}
          </button>
        ) : null}
      </div>
      {state.settings !== null ? (
        <div className="email-span email-test">
          <input
            className="input"
            type="email"
            aria-label={t('email.smtp.testTo')}
            placeholder={t('email.smtp.testTo')}
            value={testTo}
            onChange={(event) => setTestTo(event.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={busy || testTo.trim() === ''}
            onClick={() =>
              void run(
                () => client.call('email.smtp.test', { to: testTo.trim() }),
                t('email.smtp.testSent', { to: testTo.trim() }),
              )
            }
          >
            {t('email.smtp.test')}
          </button>
        </div>
      ) : null}
    </form>
  );
};
