import { execFileSync } from 'node:child_process';

const A4_WIDTH = 595.28;

/**
 * The words of a PDF whose right edge passes the page's right margin (pdftotext's word boxes, in
 * points): text run out of a table or a chart (clipped there, but still drawn past it).
 */
export const pdfWordsOutsideMargins = (path: string, margin = 36): string[] => {
  const words = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const boxes = [...words.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g)];
  if (boxes.length === 0) throw new Error(`no words in ${path}`);
  return boxes.filter(([, xMax]) => Number(xMax) > A4_WIDTH - margin + 0.5).map(([, , word]) => word ?? '');
};
