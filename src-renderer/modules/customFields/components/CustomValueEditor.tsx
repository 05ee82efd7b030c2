import type { CustomField } from '@shared/contract/schemas/customFields';
import type { CustomValue, MoneyValue } from '@shared/domain/customFields/CustomValue';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { useUsers } from '../../users/hooks/useUsers';
import { RecordRefEditor } from './RecordRefEditor';

type EditorProps = {
  field: CustomField;
  value: CustomValue;
  label: string;
  id: string;
  invalid: boolean;
  onSave(value: CustomValue): void;
  /** A create form's draft: typed text is reported as it is typed, not when the box is left. */
  live?: boolean;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** epoch ms → the value of an <input type="datetime-local"> in this device's time zone. */
const toLocalInput = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const moneyText = (value: MoneyValue | null): string =>
  value ? String(value.amountMinor / 10 ** currencyExponent(value.currency)) : '';

/**
 * Text typed in a box is saved when the box is left (or Enter), like the drawer's other fields.
 * While the box has focus it keeps what the user typed: a refresh (this save coming back, or a
 * change from elsewhere) is taken only once the box is left, so nothing typed is overwritten.
 */
const TextBox = ({
  initial,
  onCommit,
  multiline,
  live = false,
  ...props
}: {
  initial: string;
  onCommit(text: string): void;
  multiline?: boolean;
  live?: boolean;
  id: string;
  'aria-label': string;
  'aria-invalid'?: 'true' | undefined;
  inputMode?: 'decimal' | 'tel' | 'email' | 'url';
  type?: string;
}) => {
  const [text, setText] = useState(initial);
  const focused = useRef(false);
  // The text last sent by Enter: leaving the box afterwards does not send it again.
  const committed = useRef<string | null>(null);
  useEffect(() => {
    if (!focused.current) setText(initial);
  }, [initial]);
  const commit = () => {
    // A refused value is sent again even when it equals the saved one: that clears the refusal.
    if (text === committed.current || (text === initial && !props['aria-invalid'])) return;
    committed.current = text;
    onCommit(text);
  };
  const leave = () => {
    focused.current = false;
    // A draft already holds what was typed; showing it back as parsed would rewrite the box.
    if (live) return;
    if (text === committed.current && !props['aria-invalid']) setText(initial);
    else commit();
    committed.current = null;
  };
  const handlers = {
    value: text,
    onFocus: () => {
      focused.current = true;
    },
    onChange: (event: { target: { value: string } }) => {
      committed.current = null;
      setText(event.target.value);
      if (live) onCommit(event.target.value);
    },
    onBlur: leave,
  };
  return multiline ? (
    <textarea {...props} {...handlers} className="input" rows={3} />
  ) : (
    <input
      {...props}
      {...handlers}
      className="input"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !live) commit();
      }}
    />
  );
};

/** A number as typed back into a box: the language's decimal mark, no grouping. */
const plainNumber = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(value);

/** Parses a typed number the way people type it here: spaces as thousands, a comma as decimals. */
const parseNumber = (text: string): number | null => {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  // Not a number: NaN, which the shared rule refuses as "Enter a number".
  return clean === '' ? null : Number(clean);
};

/** One custom value, edited in place by its type's control; saves go through `onSave`. */
export const CustomValueEditor = ({ field, value, label, id, invalid, onSave, live = false }: EditorProps) => {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const aria = { id, 'aria-label': label, 'aria-invalid': invalid ? ('true' as const) : undefined };
  const box = { ...aria, live };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'text':
    case 'link':
    case 'phone':
    case 'email':
      return (
        <TextBox
          {...box}
          initial={text}
          inputMode={
            field.type === 'phone'
              ? 'tel'
              : field.type === 'email'
                ? 'email'
                : field.type === 'link'
                  ? 'url'
                  : undefined
          }
          onCommit={(typed) => onSave(typed)}
        />
      );
    case 'long_text':
      return <TextBox {...box} multiline initial={text} onCommit={(typed) => onSave(typed)} />;
    case 'number':
      return (
        <TextBox
          {...box}
          inputMode="decimal"
          initial={typeof value === 'number' ? plainNumber(value, i18n.language) : ''}
          onCommit={(typed) => onSave(parseNumber(typed))}
        />
      );
    case 'money': {
      const money = value && typeof value === 'object' && !Array.isArray(value) ? value : null;
      const currency = money?.currency ?? field.currency ?? 'RUB';
      return (
        <span className="cf-money">
          <TextBox
            {...box}
            inputMode="decimal"
            initial={moneyText(money)}
            onCommit={(typed) => {
              const amount = parseNumber(typed);
              onSave(
                amount === null
                  ? null
                  : {
                      amountMinor:
                        typeof amount === 'number' ? Math.round(amount * 10 ** currencyExponent(currency)) : Number.NaN,
                      currency,
                    },
              );
            }}
          />
          <span className="muted">{currency}</span>
        </span>
      );
    }
    case 'date':
      return (
        <input {...aria} type="date" className="input" value={text} onChange={(event) => onSave(event.target.value)} />
      );
    case 'datetime':
      return (
        <input
          {...aria}
          type="datetime-local"
          className="input"
          value={typeof value === 'number' ? toLocalInput(value) : ''}
          onChange={(event) => onSave(event.target.value ? new Date(event.target.value).getTime() : null)}
        />
      );
    case 'single_select':
      return (
        <Select {...aria} value={text} onChange={(event) => onSave(event.target.value || null)}>
          <option value="">{t('customFields.choose')}</option>
          {field.options
            .filter((option) => option.archivedAt === null || option.id === text)
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
        </Select>
      );
    case 'multi_select': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <span className="cf-multi" role="group" aria-label={label} id={id}>
          {field.options
            .filter((option) => option.archivedAt === null || chosen.includes(option.id))
            .map((option) => (
              <label key={option.id} className={`cf-chip cf-colour-${option.colour}`}>
                <input
                  type="checkbox"
                  checked={chosen.includes(option.id)}
                  onChange={(event) =>
                    onSave(
                      event.target.checked
                        ? [...chosen, option.id]
                        : chosen.filter((optionId) => optionId !== option.id),
                    )
                  }
                />
                {option.label}
              </label>
            ))}
        </span>
      );
    }
    case 'checkbox':
      return (
        <input {...aria} type="checkbox" checked={value === true} onChange={(event) => onSave(event.target.checked)} />
      );
    case 'user':
      return (
        <Select {...aria} value={text} onChange={(event) => onSave(event.target.value || null)}>
          <option value="">{t('customFields.choose')}</option>
          {(users ?? [])
            .filter((user) => user.active || user.id === text)
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
        </Select>
      );
    case 'company':
    case 'contact':
      return <RecordRefEditor kind={field.type} value={text || null} label={label} onSave={onSave} />;
  }
};
