import type { MigrationProgress } from '../core/db/MigrationProgress';
import { openingProgressText } from './openingProgressText';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Russian when the browser asks for it first, as the app's own first start does. */
export const pageLanguage = (acceptLanguage: string | undefined): 'ru' | 'en' =>
  /^\s*ru\b/i.test(acceptLanguage ?? '') ? 'ru' : 'en';

/**
 * The whole page, no script: it refreshes itself every second and, once the workspace is open,
 * the same address serves the app. The bar shows the converted share when a step counts rows.
 */
export const openingPage = (progress: MigrationProgress | null, language: 'ru' | 'en'): string => {
  const text = openingProgressText(progress, language);
  const share =
    progress?.done != null && progress.total != null && progress.total > 0 ? progress.done / progress.total : null;
  const bar =
    share === null
      ? ''
      : `<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.floor(share * 100)}"><div style="width:${(share * 100).toFixed(1)}%"></div></div>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="1">
<title>${escapeHtml(text.title)}</title>
<style>
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f4f5f7; color: #1f2430;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { width: min(520px, 90vw); padding: 32px; border-radius: 12px; background: #fff;
  box-shadow: 0 1px 3px rgba(16, 24, 40, .12); }
h1 { margin: 0 0 16px; font-size: 20px; }
p { margin: 8px 0; }
.muted { color: #5f6673; font-size: 13px; }
.bar { height: 8px; margin: 16px 0; border-radius: 4px; background: #e6e8ec; overflow: hidden; }
.bar div { height: 100%; background: #3b63d8; }
</style>
</head>
<body>
<main data-testid="opening">
<h1>${escapeHtml(text.title)}</h1>
<p data-testid="opening-status">${escapeHtml(text.status)}</p>
${text.detail === null ? '' : `<p data-testid="opening-detail">${escapeHtml(text.detail)}</p>`}
${bar}
<p class="muted">${escapeHtml(text.hint)}</p>
</main>
</body>
</html>
`;
};
