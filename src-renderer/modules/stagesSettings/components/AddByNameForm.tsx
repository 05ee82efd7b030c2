import { referenceCreateInputSchema } from '@shared/contract/schemas/reference';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearIfUnchanged } from '../../../ui/form/clearIfUnchanged';
import { Icon } from '../../../ui/Icon';
import { useSaver } from '../hooks/useSaver';
import { firstIssue } from '../utils/firstIssue';

type Props = {
  className: string;
  label: string;
  placeholder: string;
  addLabel: string;
  create(name: string): Promise<unknown>;
};

/**
 * The "add one more" box under a list of named reference rows (lead sources, loss reasons): the
 * name checked as the contract checks it, the refusal next to the box, and the box emptied and
 * focused for the next name once the row is stored.
 */
export const AddByNameForm = ({ className, label, placeholder, addLabel, create }: Props) => {
  const { t } = useTranslation();
  const save = useSaver();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = firstIssue(referenceCreateInputSchema, { name }, t) ?? (await save(() => create(name)));
    setError(problem);
    if (!problem) setName(clearIfUnchanged(name));
    // Ready for the next name (or the fix): typing goes into this box, not wherever the list's
    // re-render left focus.
    input.current?.focus();
  };

  return (
    <form className={className} onSubmit={add} noValidate>
      <input
        ref={input}
        className="input"
        aria-label={label}
        placeholder={placeholder}
        value={name}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button">
        <Icon name="plus" size={18} />
        {addLabel}
      </button>
      {error ? <p className="field-error">{error}</p> : null}
    </form>
  );
};
