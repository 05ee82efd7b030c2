import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { SavedReport, VoronkaBridge } from '@shared/contract/VoronkaBridge';
import {
  CHOOSE_REPORT_FOLDER_CHANNEL,
  CHOOSE_SYNC_FOLDER_CHANNEL,
  EVENT_CHANNEL,
  RPC_CHANNEL,
  SAVE_BACKUP_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SAVE_PERSONAL_DATA_CHANNEL,
  SAVE_SYNC_BUNDLE_CHANNEL,
  SAVE_REPORT_CHANNEL,
  SMTP_PASSWORD_CHANNEL,
  HUB_PASSWORD_CHANNEL,
  WORKSPACE_CHANNEL,
} from '../electron/ipcChannels';

/** The part of ipcRenderer the bridge uses (structural, so tests hand in a fake). */
export type BridgeIpc = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

const transportFailure = <T>(error: unknown): Envelope<T> => ({
  ok: false,
  error: { code: 'TRANSPORT', message: error instanceof Error ? error.message : String(error) },
});

/**
 * `window.voronka`: `call` and one function per contract method, all over `voronka:rpc`, plus
 * `subscribe` for push events. Listeners get only the event payload: the IpcRendererEvent (which
 * carries `sender`, i.e. ipcRenderer itself) never reaches page code.
 */
export const createBridge = (ipc: BridgeIpc, methodNames: readonly string[]): VoronkaBridge => {
  const call = (method: string, input: unknown): Promise<Envelope<unknown>> =>
    ipc.invoke(RPC_CHANNEL, method, input).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  const methods = Object.freeze(
    Object.fromEntries(methodNames.map((name) => [name, (input?: unknown) => call(name, input)])),
  );
  const subscribe = (listener: (event: PushEvent) => void): (() => void) => {
    const relay = (_event: unknown, payload: unknown) => listener(payload as PushEvent);
    ipc.on(EVENT_CHANNEL, relay);
    return () => {
      ipc.removeListener(EVENT_CHANNEL, relay);
    };
  };
  const saveReport = (input: unknown): Promise<Envelope<SavedReport>> =>
    ipc
      .invoke(SAVE_REPORT_CHANNEL, input)
      .then((envelope) => envelope as Envelope<SavedReport>, transportFailure<SavedReport>);
  const saveBackup = (): Promise<Envelope<SavedReport>> =>
    ipc
      .invoke(SAVE_BACKUP_CHANNEL)
      .then((envelope) => envelope as Envelope<SavedReport>, transportFailure<SavedReport>);
  const saveExport = (input: unknown): Promise<Envelope<SavedReport>> =>
    ipc
      .invoke(SAVE_EXPORT_CHANNEL, input)
      .then((envelope) => envelope as Envelope<SavedReport>, transportFailure<SavedReport>);
  const savePersonalData = (input: unknown): Promise<Envelope<SavedReport>> =>
    ipc
      .invoke(SAVE_PERSONAL_DATA_CHANNEL, input)
      .then((envelope) => envelope as Envelope<SavedReport>, transportFailure<SavedReport>);
  const saveSyncBundle = (input: unknown): Promise<Envelope<SavedReport>> =>
    ipc
      .invoke(SAVE_SYNC_BUNDLE_CHANNEL, input)
      .then((envelope) => envelope as Envelope<SavedReport>, transportFailure<SavedReport>);
  const chooseReportFolder = (): Promise<Envelope<unknown>> =>
    ipc.invoke(CHOOSE_REPORT_FOLDER_CHANNEL).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  const setSmtpPassword = (password: unknown): Promise<Envelope<unknown>> =>
    ipc.invoke(SMTP_PASSWORD_CHANNEL, password).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  const setHubPassword = (password: unknown): Promise<Envelope<unknown>> =>
    ipc.invoke(HUB_PASSWORD_CHANNEL, password).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  const chooseSyncFolder = (): Promise<Envelope<unknown>> =>
    ipc.invoke(CHOOSE_SYNC_FOLDER_CHANNEL).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  const workspace = (request: unknown): Promise<Envelope<unknown>> =>
    ipc.invoke(WORKSPACE_CHANNEL, request).then((envelope) => envelope as Envelope<unknown>, transportFailure);
  return Object.freeze({
    call,
    methods,
    subscribe,
    saveReport,
    saveExport,
    savePersonalData,
    saveBackup,
    saveSyncBundle,
    chooseReportFolder,
    setSmtpPassword,
    setHubPassword,
    chooseSyncFolder,
    workspace,
  });
};
