import type { ReportFile } from '@shared/contract/schemas/reports';

/** Hands a rendered file to the browser's download (the browser shell has no save dialog of ours). */
export const downloadBase64 = (file: ReportFile): void => {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give it a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
