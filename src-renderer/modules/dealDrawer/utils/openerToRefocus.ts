/**
 * Where the drawer gives focus back: the element that opened it or, when a re-render replaced that
 * element while the drawer was open (a table remakes its cells when the drawer's messages load),
 * the link to the same place that stands there now. Null when neither is in the page.
 */
export const openerToRefocus = (opener: HTMLElement): HTMLElement | null => {
  if (opener.isConnected) return opener;
  const href = opener.getAttribute('href');
  if (opener.tagName !== 'A' || href === null) return null;
  return document.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`);
};
