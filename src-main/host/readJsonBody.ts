import type { IncomingMessage } from 'node:http';

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'bad_json' };

/**
 * Reads and parses a JSON request body of at most `limitBytes`. An oversized body is drained (not
 * buffered) so the client still receives the error response on a keep-alive connection.
 */
export const readJsonBody = (req: IncomingMessage, limitBytes: number): Promise<JsonBody> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limitBytes;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('error', reject);
    req.on('end', () => {
      if (tooLarge) return resolve({ ok: false, reason: 'too_large' });
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        resolve({ ok: false, reason: 'bad_json' });
      }
    });
  });
