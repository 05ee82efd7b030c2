import { runCli } from './runCli';

/** Entry of the `voronka` command (out/main/cli.js, started by bin/voronka.js). */
process.exitCode = await runCli(process.argv.slice(2));
