/**
 * Keeps `mark · ` in front of the window title (the desktop window shows the page's title) until
 * the returned function is called. The shell sets the title on every page change; rather than
 * teach the start-up code about samples (the board route's script budget), the banner watches the
 * <title> element and puts the mark back in front whenever the shell rewrites it.
 */
export const markWindowTitle = (mark: string): (() => void) => {
  const prefix = `${mark} · `;
  const apply = () => {
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
  };
  apply();
  const observer = new MutationObserver(apply);
  const title = document.querySelector('title');
  if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  return () => {
    observer.disconnect();
    if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
  };
};
