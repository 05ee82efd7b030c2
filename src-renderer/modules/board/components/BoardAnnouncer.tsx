import { useBoardStore } from '../stores/boardStore';

/**
 * The board's own live region: a drop's outcome is said once the core has answered (dnd-kit's
 * region speaks at the drop, before a gate can refuse it).
 */
export const BoardAnnouncer = () => {
  const { text, seq } = useBoardStore((state) => state.announcement);
  return (
    <div
      className="visually-hidden"
      role="status"
      aria-live="assertive"
      aria-atomic="true"
      data-testid="board-announcer"
    >
      {text ? <p key={seq}>{text}</p> : null}
    </div>
  );
};
