#!/usr/bin/env node
// The `voronka` command: a thin launcher for the built CLI in out/main/cli.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliUrl = new URL('../out/main/cli.js', import.meta.url);

if (!existsSync(fileURLToPath(cliUrl))) {
  process.stderr.write('voronka: the CLI is not built yet. Run `npm run build` in the Voronka folder first.\n');
  process.exit(1);
}
await import(cliUrl.href);
