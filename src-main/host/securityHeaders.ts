import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/contentSecurityPolicy';

/** Set on every response, errors included, before anything else is written. */
export const securityHeaders = (res: ServerResponse): void => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
};
