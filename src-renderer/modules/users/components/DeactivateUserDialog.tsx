import type { User } from '@shared/contract/schemas/users';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Field, fieldAria } from '../../../ui/form/Field';
import { Select } from '../../../ui/form/Select';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { Icon } from '../../../ui/Icon';
import { Modal } from '../../../ui/Modal/Modal';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { ownerOptions } from '../utils/ownerOptions';
import { OwnerOptionGroups } from './OwnerOptionGroups';
import '../../../ui/form/FormGrid.css';
import './DeactivateUserDialog.css';

type DeactivateUserDialogProps = {
  /** Who is being deactivated; null: the dialog is closed. */
  user: User | null;
  team: readonly User[];
  currentId: string | null;
  onClose(): void;
};

/** Their manager takes the deals when still active, else the person deactivating, else anyone active. */
const defaultHeir = (user: User, team: readonly User[], currentId: string | null): string => {
  const candidates = team.filter((candidate) => candidate.active && candidate.id !== user.id);
  const pick = (id: string | null) => candidates.find((candidate) => candidate.id === id)?.id;
  return pick(user.managerId) ?? pick(currentId) ?? candidates[0]?.id ?? '';
};

const DeactivateUserForm = ({ user, team, currentId, onClose }: DeactivateUserDialogProps & { user: User }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const openDeals = useLiveQuery('users.openDeals', { id: user.id }, ['deals']).data?.count ?? null;
  const [keep, setKeep] = useState(false);
  const [heirId, setHeirId] = useState(() => defaultHeir(user, team, currentId));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const heirs = ownerOptions(
    team.filter((candidate) => candidate.id !== user.id),
    currentId,
    null,
  );
  const reassign = openDeals !== null && openDeals > 0 && !keep;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reassign && !heirId) return setError(t('issues.required'));
    setBusy(true);
    try {
      await client.call('users.deactivate', { id: user.id, ...(reassign ? { reassignOpenDealsTo: heirId } : {}) });
      const heir = team.find((candidate) => candidate.id === heirId)?.name ?? '';
      push({
        tone: 'success',
        message: reassign
          ? t('users.deactivate.doneReassigned', { name: user.name, heir, count: openDeals ?? 0 })
          : t('users.team.deactivated', { name: user.name }),
      });
      onClose();
    } catch (failure) {
      const fieldErrors = serverFieldErrors(failure, t);
      if (fieldErrors?.reassignOpenDealsTo) setError(fieldErrors.reassignOpenDealsTo);
      else reportError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} data-testid="deactivate-form">
      <div className="modal-body">
        <p className="deactivate-lead">{t('users.deactivate.lead', { name: user.name })}</p>
        {openDeals === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : openDeals === 0 ? (
          <p className="muted">{t('users.deactivate.noOpenDeals')}</p>
        ) : (
          <>
            <div className="notice notice-warning" role="status" data-testid="deactivate-warning">
              <Icon name="alert" size={18} />
              <div className="notice-body">
                <p className="notice-title">{t('users.deactivate.openDeals', { name: user.name, count: openDeals })}</p>
                <p>{t('users.deactivate.openDealsHint')}</p>
              </div>
            </div>
            <fieldset className="deactivate-choices">
              <legend className="visually-hidden">{t('users.deactivate.choice')}</legend>
              <label className={keep ? 'deactivate-option' : 'deactivate-option is-checked'}>
                <input type="radio" name="deals" checked={!keep} onChange={() => setKeep(false)} />
                <span>{t('users.deactivate.reassign', { count: openDeals })}</span>
              </label>
              {keep ? null : (
                <div className="deactivate-heir">
                  <Field id="deactivate-heir" label={t('users.deactivate.heir')} error={error}>
                    <Select
                      id="deactivate-heir"
                      value={heirId}
                      onChange={(event) => {
                        setHeirId(event.target.value);
                        setError(undefined);
                      }}
                      {...fieldAria('deactivate-heir', error)}
                    >
                      {heirId === '' ? <option value="">{t('common.none')}</option> : null}
                      <OwnerOptionGroups options={heirs} />
                    </Select>
                  </Field>
                </div>
              )}
              <label className={keep ? 'deactivate-option is-checked' : 'deactivate-option'}>
                <input type="radio" name="deals" checked={keep} onChange={() => setKeep(true)} />
                <span>{t('users.deactivate.keep', { name: user.name })}</span>
              </label>
            </fieldset>
          </>
        )}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-danger" disabled={busy || openDeals === null}>
          {reassign ? t('users.deactivate.submitReassign') : t('users.deactivate.submit')}
        </button>
      </footer>
    </form>
  );
};

/**
 * "Deactivate teammate": says how many open deals they own and offers to hand them to an active
 * teammate in the same write (or leave them, still found by the owner filters).
 */
export const DeactivateUserDialog = ({ user, team, currentId, onClose }: DeactivateUserDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal open={user !== null} title={t('users.deactivate.title')} onClose={onClose}>
      {user ? <DeactivateUserForm user={user} team={team} currentId={currentId} onClose={onClose} /> : null}
    </Modal>
  );
};
