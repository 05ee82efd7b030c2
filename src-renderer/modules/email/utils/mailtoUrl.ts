/**
 * A mailto: link the OS hands to the default mail app, with the subject and text filled in
 * (RFC 6068: every part percent-encoded, line breaks as CRLF).
 */
export const mailtoUrl = (to: string, subject: string, body: string): string =>
  `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(
    body.replace(/\r?\n/g, '\r\n'),
  )}`;
