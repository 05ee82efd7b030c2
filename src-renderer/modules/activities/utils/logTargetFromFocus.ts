import type { LogTarget } from '../stores/logActivityStore';

/**
 * The deal of the board card (or any element marked with `data-log-deal-id`) that has focus, so
 * "A" on a focused card logs on that deal.
 */
export const logTargetFromFocus = (active: Element | null): LogTarget | null => {
  const marked = active?.closest<HTMLElement>('[data-log-deal-id]');
  const dealId = marked?.dataset['logDealId'];
  if (!marked || !dealId) return null;
  return {
    dealId,
    label: marked.dataset['logLabel'] ?? '',
    ...(marked.dataset['logCurrency'] ? { currency: marked.dataset['logCurrency'] } : {}),
  };
};
