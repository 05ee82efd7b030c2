import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { type LookupOption, LookupPicker } from '../../../ui/form/LookupPicker';

/** A company or contact reference: typed search on the server, the current one by name. */
export const RecordRefEditor = ({
  kind,
  value,
  label,
  onSave,
}: {
  kind: 'company' | 'contact';
  value: string | null;
  label: string;
  onSave(id: string | null): void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const company = useLiveQuery('companies.get', kind === 'company' && value ? { id: value } : null, ['companies']).data;
  const contact = useLiveQuery('contacts.get', kind === 'contact' && value ? { id: value } : null, ['contacts']).data;
  const name = kind === 'company' ? company?.name : contact?.name;
  const lookup = useCallback(
    (search: string): Promise<LookupOption[]> =>
      kind === 'company'
        ? client
            .call('companies.list', { ...(search ? { search } : {}), limit: 8 })
            .then((page) => page.rows.map((row) => ({ id: row.id, name: row.name, hint: row.inn })))
        : client
            .call('contacts.list', { ...(search ? { search } : {}), limit: 8 })
            .then((page) => page.rows.map((row) => ({ id: row.id, name: row.name, hint: row.companyName }))),
    [client, kind],
  );
  return (
    <LookupPicker
      aria-label={label}
      icon={kind === 'company' ? 'companies' : 'contacts'}
      placeholder={t('customFields.choose')}
      lookup={lookup}
      value={value ? { id: value, name: name ?? '…' } : null}
      onChange={(picked) => onSave(picked?.id ?? null)}
    />
  );
};
