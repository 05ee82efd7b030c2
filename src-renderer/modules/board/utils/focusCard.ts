/**
 * Puts keyboard focus back on a deal's card once the board has re-rendered: a card that moved
 * to another column is a new element, so the browser would otherwise drop focus to the page.
 */
export const focusCard = (dealId: string): void => {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-testid="deal-card"][data-deal-id="${CSS.escape(dealId)}"]`)?.focus();
  });
};
