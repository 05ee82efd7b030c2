import type { CliCommand } from '../CliCommand';
import { backupCommand } from './backup';
import { encryptCommand } from './encrypt';
import { eraseContactCommand } from './eraseContact';
import { exportContactCommand } from './exportContact';
import { hubCommand } from './hub';
import { importCommand } from './import';
import { infoCommand } from './info';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { seedCommand } from './seed';
import { syncCommand } from './sync';

/**
 * Every `voronka` command, in the order `voronka --help` lists them. To add one: create
 * commands/<name>.ts exporting a CliCommand, import it here and append it to the list.
 */
export const commands: readonly CliCommand[] = [
  infoCommand,
  seedCommand,
  reportCommand,
  backupCommand,
  restoreCommand,
  encryptCommand,
  importCommand,
  syncCommand,
  hubCommand,
  eraseContactCommand,
  exportContactCommand,
];
