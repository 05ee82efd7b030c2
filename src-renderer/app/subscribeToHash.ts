/** useSyncExternalStore's subscribe for anything read from the URL hash. */
export const subscribeToHash = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
