/**
 * Whether a link may be handed to the OS browser: plain http(s) to a real host, no embedded
 * credentials (a classic phishing disguise), nothing the OS would treat as a local program or file.
 */
export const isSafeExternalUrl = (url: string): boolean => {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // The parser has already punycoded and lower-cased the host; IPv6 literals arrive bracketed.
  const host = parsed.hostname;
  return /^\[[0-9a-f:.]+\]$/.test(host) || (/^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host));
};
