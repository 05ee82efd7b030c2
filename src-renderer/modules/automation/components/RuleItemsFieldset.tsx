import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A rule's list of conditions or actions: a row each, with its Remove button, and a button that adds one. */
export const RuleItemsFieldset = <T,>({
  legend,
  items,
  addLabel,
  newItem,
  onChange,
  children,
}: {
  legend: string;
  items: readonly T[];
  addLabel: string;
  newItem(): T;
  onChange(items: T[]): void;
  /** The row's own controls, given the item and how to replace it. */
  children(item: T, onItemChange: (next: T) => void): ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map((item, index) => (
        // Items have no id of their own; a row is its place in the list.
        <div className="rule-editor-row" key={index}>
          {children(item, (next) => onChange(items.map((was, i) => (i === index ? next : was))))}
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            {t('automation.editor.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button button-small" onClick={() => onChange([...items, newItem()])}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
};
