import type { Envelope } from '@shared/contract/envelope';
import type { ReportFile } from '@shared/contract/schemas/reports';
import type { SavedReport, VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { desktopBridge } from './desktopBridge';
import { downloadBase64 } from './downloadBase64';
import { unwrapEnvelope } from './unwrapEnvelope';

export type SaveOutcome<F extends ReportFile> =
  { how: 'saved'; fileName: string } | { how: 'downloaded'; fileName: string; file: F } | null;

/**
 * Saves a file the core renders: the desktop app asks main (its save dialog, its write; the page
 * never names a path), the browser shell renders it through the contract and downloads the bytes.
 * Null when the user cancelled the dialog.
 */
export const saveOrDownload = async <F extends ReportFile>(
  viaDialog: (bridge: VoronkaBridge) => Promise<Envelope<SavedReport>>,
  render: () => Promise<F>,
): Promise<SaveOutcome<F>> => {
  const bridge = desktopBridge();
  if (bridge) {
    const saved = unwrapEnvelope(await viaDialog(bridge));
    return saved.saved ? { how: 'saved', fileName: saved.fileName } : null;
  }
  const file = await render();
  downloadBase64(file);
  return { how: 'downloaded', fileName: file.fileName, file };
};
