import { Icon } from '../../../ui/Icon';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type PickerOption = { id: string; label: string; hint?: string | null };

export type SearchPickerProps = {
  id: string;
  label: string;
  /** The current record's name; null: none chosen. */
  current: string | null;
  search: string;
  onSearch(text: string): void;
  /** Matches of the search (null while loading). */
  options: readonly PickerOption[] | null;
  /** Saves the choice (null clears it); resolves to a translated error, or null when saved. */
  onPick(id: string | null): Promise<string | null>;
  onOpenChange(open: boolean): void;
  open: boolean;
};

/**
 * A record chosen by typing part of its name (companies, contacts): an ARIA combobox whose list
 * comes from a server search, with arrow keys, Enter and Escape, and a "none" choice to clear it.
 */
export const SearchPicker = ({
  id,
  label,
  current,
  search,
  onSearch,
  options,
  onPick,
  onOpenChange,
  open,
}: SearchPickerProps) => {
  const { t } = useTranslation();
  const listId = useId();
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const choices: (PickerOption | null)[] = [...(current ? [null] : []), ...(options ?? [])];

  const pick = async (choice: PickerOption | null) => {
    const problem = await onPick(choice?.id ?? null);
    setError(problem);
    if (!problem) onOpenChange(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (choices.length === 0 ? 0 : (index + step + choices.length) % choices.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = choices[active];
      if (choice !== undefined) void pick(choice);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onOpenChange(false);
    }
  };

  return (
    <div className="drawer-field" data-field={id}>
      <span className="drawer-field-label" id={`${id}-label`}>
        {label}
      </span>
      {open ? (
        <div className="drawer-field-editor picker">
          <input
            id={id}
            className="input"
            role="combobox"
            aria-expanded="true"
            aria-controls={listId}
            aria-labelledby={`${id}-label`}
            aria-activedescendant={choices.length > 0 ? `${listId}-${active}` : undefined}
            aria-autocomplete="list"
            autoFocus
            // In a modal (the log chooser), showModal gives focus to the box, not the × button.
            data-autofocus=""
            autoComplete="off"
            placeholder={t('dealDrawer.picker.placeholder')}
            value={search}
            onChange={(event) => {
              onSearch(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            onBlur={(event) => {
              // Leaving the picker (not into its own list) closes it without a change.
              if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) onOpenChange(false);
            }}
          />
          <ul className="picker-list" id={listId} role="listbox" aria-labelledby={`${id}-label`}>
            {options === null ? <li className="picker-empty">{t('common.loading')}</li> : null}
            {options !== null && choices.length === 0 ? (
              <li className="picker-empty">{t('dealDrawer.picker.nothing')}</li>
            ) : null}
            {choices.map((choice, index) => (
              <li
                key={choice?.id ?? 'none'}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'picker-option is-active' : 'picker-option'}
                tabIndex={-1}
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => void pick(choice)}
              >
                {choice ? (
                  <>
                    <span className="clamp-2" title={choice.label}>
                      {choice.label}
                    </span>
                    {choice.hint ? <span className="picker-hint">{choice.hint}</span> : null}
                  </>
                ) : (
                  <span className="muted">{t('dealDrawer.picker.none')}</span>
                )}
              </li>
            ))}
          </ul>
          {error ? <p className="field-error">{error}</p> : null}
        </div>
      ) : (
        <button
          type="button"
          className="drawer-field-display"
          aria-labelledby={`${id}-label ${id}-value`}
          data-testid={`${id}-display`}
          onClick={() => {
            onSearch('');
            setActive(0);
            setError(null);
            onOpenChange(true);
          }}
        >
          <span
            id={`${id}-value`}
            className={current ? 'drawer-field-text clamp-3' : 'drawer-field-text muted'}
            title={current ?? undefined}
          >
            {current ?? t('common.none')}
          </span>
          <Icon name="pencil" size={14} className="drawer-field-pencil" />
        </button>
      )}
    </div>
  );
};
