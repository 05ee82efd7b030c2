/**
 * Text in a table cell that stops at the column's edge with an ellipsis (the full text in a
 * tooltip), so one long value never widens its column; the user can widen the column instead.
 */
export const CellText = ({ text, className }: { text: string; className?: string }) => (
  <span className={className ? `cell-text ${className}` : 'cell-text'} title={text}>
    {text}
  </span>
);
