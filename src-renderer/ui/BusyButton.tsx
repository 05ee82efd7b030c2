import type { ButtonHTMLAttributes, Ref } from 'react';

export type BusyButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'disabled' | 'onClick'> & {
  /** Work of this button (or its card) is running: it looks disabled and a press does nothing. */
  busy: boolean;
  onClick(): void;
  ref?: Ref<HTMLButtonElement>;
};

/**
 * A button that is busy rather than disabled while its work runs: `aria-disabled` and a press
 * ignored, not `disabled`, which drops the focus of whoever just pressed it (it fell to <body>
 * after every backup, bundle and export). Styled as disabled by controls.css.
 */
export const BusyButton = ({ busy, onClick, ...props }: BusyButtonProps) => (
  <button
    type="button"
    {...props}
    aria-disabled={busy}
    onClick={() => {
      if (!busy) onClick();
    }}
  />
);
