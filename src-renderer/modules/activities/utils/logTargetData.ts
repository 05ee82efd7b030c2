/**
 * The `data-log-*` attributes that make an element showing a deal a log target: "A" with focus
 * inside it logs on that deal (read back by `logTargetFromFocus`).
 */
export const logTargetData = (deal: { id: string; title: string; currency: string }) => ({
  'data-log-deal-id': deal.id,
  'data-log-label': deal.title,
  'data-log-currency': deal.currency,
});
