/**
 * Text in a table cell that stops at `max` pixels with an ellipsis (the full text in a tooltip),
 * so one long value does not push the other columns off screen.
 */
export const CellText = ({ text, max = 200, className }: { text: string; max?: number; className?: string }) => (
  <span className={className ? `cell-text ${className}` : 'cell-text'} style={{ maxWidth: max }} title={text}>
    {text}
  </span>
);
