import { ipcRenderer } from 'electron';
import { METHOD_NAMES } from '@shared/contract/contract';
console.log(ipcRenderer, METHOD_NAMES);
