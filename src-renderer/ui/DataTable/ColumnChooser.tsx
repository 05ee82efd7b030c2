import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from '../Icon';

export type ChoosableColumn = {
  id: string;
  label: string;
  /** Always shown (the column that names the record). */
  locked?: boolean;
};

export type ColumnChooserProps = {
  /** The button's text ("Columns"). */
  label: string;
  /** The list's accessible name ("Show columns"). */
  title: string;
  columns: readonly ChoosableColumn[];
  hidden: readonly string[];
  onChange(hidden: string[]): void;
};

/** A button opening a checklist of a table's columns; unticking hides the column. */
export const ColumnChooser = ({ label, title, columns, hidden, onChange }: ColumnChooserProps) => {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const hiddenSet = new Set(hidden);

  useEffect(() => {
    if (!open) return;
    // Close on a press outside or Escape, like a native menu.
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = (id: string, visible: boolean) =>
    onChange(visible ? hidden.filter((hiddenId) => hiddenId !== id) : [...hidden, id]);

  return (
    <div className="column-chooser" ref={rootRef}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        <Icon name="columns" size={18} />
        {label}
        {hidden.length > 0 ? <span className="column-chooser-count num">{columns.length - hidden.length}</span> : null}
      </button>
      {open ? (
        <fieldset className="column-chooser-panel card" id={panelId}>
          <legend className="visually-hidden">{title}</legend>
          {columns.map((column) => (
            <label key={column.id} className="column-chooser-item">
              <input
                type="checkbox"
                checked={!hiddenSet.has(column.id)}
                disabled={column.locked}
                onChange={(event) => toggle(column.id, event.target.checked)}
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
};
