import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IconName, Icon } from '../Icon';
import { useDebouncedLookup } from '../useDebouncedLookup';
import './LookupPicker.css';

/** A record offered by a lookup: its id, name and a muted hint (an INN, a job title). */
export type LookupOption = { id: string; name: string; hint?: string | null };
/** The chosen record: an existing one (with its id) or one to create from the typed name (`id` null). */
export type LookupValue = { id: string | null; name: string };

export type LookupPickerProps = {
  id?: string;
  value: LookupValue | null;
  onChange(value: LookupValue | null): void;
  /** The server search; `search` may be empty (the first few records). */
  lookup(search: string): Promise<LookupOption[]>;
  icon: IconName;
  placeholder: string;
  /** With it, a typed name no option matches exactly can be chosen as a new record ("Create «…»"). */
  createLabel?: (name: string) => string;
  'aria-label'?: string;
  'aria-invalid'?: 'true' | undefined;
  'aria-describedby'?: string | undefined;
  className?: string;
  maxLength?: number;
};

const NONE: LookupOption[] = [];
const foldName = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Picks a record by typing part of its name (the server searches): a combobox with arrow keys,
 * Enter and Escape. Clearing the box (or ×) removes the choice; `createLabel` adds "Create «…»".
 */
export const LookupPicker = ({
  id,
  value,
  onChange,
  lookup,
  icon,
  placeholder,
  createLabel,
  className,
  maxLength,
  ...aria
}: LookupPickerProps) => {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = text !== null;
  const results = useDebouncedLookup(open ? text.trim() : null, lookup, NONE, 150);
  const typed = text?.trim() ?? '';
  const canCreate =
    createLabel !== undefined && typed !== '' && !results.some((option) => foldName(option.name) === foldName(typed));
  const choices: (LookupOption | 'create')[] = [...results, ...(canCreate ? ['create' as const] : [])];

  const choose = (choice: LookupOption | 'create' | undefined) => {
    if (choice === 'create') onChange({ id: null, name: typed });
    else if (choice) onChange({ id: choice.id, name: choice.name });
    setText(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setText('');
      setActive((index) => Math.min(index + 1, choices.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === 'Escape' && open) {
      // Close the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setText(null);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className={className ? `lookup-picker ${className}` : 'lookup-picker'}>
      <div className="input-with-icon">
        <Icon name={icon} size={18} />
        <input
          id={id}
          className="input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && choices[active] ? optionId(active) : undefined}
          placeholder={placeholder}
          maxLength={maxLength}
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
            className="icon-button lookup-picker-clear"
            aria-label={t('contacts.picker.clear')}
            onClick={() => onChange(null)}
          >
            <Icon name="close" size={16} />
          </button>
        ) : null}
      </div>
      {open ? (
        <ul className="lookup-picker-list card" id={listId} role="listbox">
          {choices.length === 0 ? (
            <li className="lookup-picker-empty muted">{t('contacts.picker.noResults')}</li>
          ) : (
            choices.map((choice, index) => (
              <li
                key={choice === 'create' ? 'create' : choice.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={[
                  'lookup-picker-option',
                  index === active ? 'is-active' : '',
                  choice === 'create' ? 'lookup-picker-create' : '',
                ].join(' ')}
                // mousedown, not click: the input must not lose focus (and close the list) first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(choice);
                }}
                onMouseEnter={() => setActive(index)}
              >
                {choice === 'create' ? (
                  <span className="lookup-picker-name">
                    <Icon name="plus" size={16} />
                    {createLabel?.(typed)}
                  </span>
                ) : (
                  <>
                    <span className="lookup-picker-name">{choice.name}</span>
                    {choice.hint ? <span className="muted num">{choice.hint}</span> : null}
                  </>
                )}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
};
