import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './createBridge';
import { METHOD_NAMES } from './methodNames';

// Runs sandboxed: this file is bundled into one CommonJS out/preload/preload.cjs that requires only
// `electron`, which is why the method names come from a generated plain list and not from the
// contract's schemas.
contextBridge.exposeInMainWorld('voronka', createBridge(ipcRenderer, METHOD_NAMES));
