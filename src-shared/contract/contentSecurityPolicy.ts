/**
 * The renderer's Content-Security-Policy, sent by both shells (Electron's app:// protocol and the HTTP host): only the app's own
 * scripts, no inline script, no plugins, no framing, no <base> hijack. Inline styles stay allowed
 * because React and ECharts set `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');
