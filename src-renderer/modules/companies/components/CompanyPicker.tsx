import type { CompanyRow } from '@shared/contract/schemas/companies';
import { type KeyboardEvent, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Icon } from '../../../ui/Icon';
import { useDebouncedLookup } from '../../../ui/useDebouncedLookup';
import type { PickedCompany } from '../utils/PickedCompany';
import './CompanyPicker.css';

export type CompanyPickerProps = {
  id?: string;
  value: PickedCompany | null;
  onChange(company: PickedCompany | null): void;
  placeholder?: string;
  'aria-label'?: string;
  'aria-invalid'?: 'true' | undefined;
  'aria-describedby'?: string | undefined;
  className?: string;
};

const SUGGESTIONS = 8;
const NONE: CompanyRow[] = [];

/**
 * Picks a company by typing part of its name, INN or domain (the server searches): a combobox
 * with arrow keys, Enter and Escape. Clearing the box (or the × button) removes the company.
 */
export const CompanyPicker = ({ id, value, onChange, placeholder, className, ...aria }: CompanyPickerProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const lookup = useCallback(
    (search: string) =>
      client.call('companies.list', { ...(search ? { search } : {}), limit: SUGGESTIONS }).then((page) => page.rows),
    [client],
  );
  const results = useDebouncedLookup(open ? text.trim() : null, lookup, NONE, 150);

  const choose = (company: CompanyRow | undefined) => {
    if (company) onChange({ id: company.id, name: company.name });
    setText(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setText('');
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape' && open) {
      // Close the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setText(null);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className={className ? `company-picker ${className}` : 'company-picker'}>
      <div className="input-with-icon">
        <Icon name="companies" size={18} />
        <input
          id={id}
          className="input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && results[active] ? optionId(active) : undefined}
          placeholder={placeholder ?? t('contacts.picker.placeholder')}
          value={text ?? value?.name ?? ''}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onBlur={() => {
            if (text === '') onChange(null);
            setText(null);
          }}
          onKeyDown={onKeyDown}
          {...aria}
        />
        {value ? (
          <button
            type="button"
            className="icon-button company-picker-clear"
            aria-label={t('contacts.picker.clear')}
            onClick={() => onChange(null)}
          >
            <Icon name="close" size={16} />
          </button>
        ) : null}
      </div>
      {open ? (
        <ul className="company-picker-list card" id={listId} role="listbox">
          {results.length === 0 ? (
            <li className="company-picker-empty muted">{t('contacts.picker.noResults')}</li>
          ) : (
            results.map((company, index) => (
              <li
                key={company.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'company-picker-option is-active' : 'company-picker-option'}
                // mousedown, not click: the input must not lose focus (and close the list) first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(company);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="company-picker-name">{company.name}</span>
                {company.inn ? <span className="muted num">{company.inn}</span> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
};
