import type { KeyboardEvent, MouseEvent, TouchEvent } from 'react';

export type ColumnResizerProps = {
  /** "Resize the Title column". */
  label: string;
  size: number;
  min: number;
  max: number;
  resizing: boolean;
  /** @tanstack/react-table's drag handler (it follows the pointer until release). */
  onDragStart(event: MouseEvent | TouchEvent): void;
  onResize(size: number): void;
  /** Back to the column's default width. */
  onReset(): void;
};

/** Arrow keys widen or narrow by this much; with Shift, by four times as much. */
const STEP_PX = 16;

/**
 * The handle on a header's right edge: drag it, or focus it and use ←/→ (a window splitter in
 * ARIA terms); a double click or Home gives the column its default width back.
 */
export const ColumnResizer = ({
  label,
  size,
  min,
  max,
  resizing,
  onDragStart,
  onResize,
  onReset,
}: ColumnResizerProps) => {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? STEP_PX * 4 : STEP_PX;
    const next =
      event.key === 'ArrowRight'
        ? size + step
        : event.key === 'ArrowLeft'
          ? size - step
          : event.key === 'Home'
            ? null
            : undefined;
    if (next === undefined) return;
    event.preventDefault();
    if (next === null) onReset();
    else onResize(Math.min(max, Math.max(min, next)));
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(size)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={resizing ? 'column-resizer is-resizing' : 'column-resizer'}
      onMouseDown={onDragStart}
      onTouchStart={onDragStart}
      onDoubleClick={onReset}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  );
};
