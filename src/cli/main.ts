/**
 * `briefing` command line. Each subcommand lives in its own module and registers
 * itself here with one line, so commands can be added without touching others.
 */
import { cac } from 'cac';
import { registerInspect } from './inspect';
import { registerImport } from './import-command';
import { registerExport } from './export-command';
import { registerSession } from './session-command';
import { registerPresentFormats } from './export-present-formats';
import { reportError } from './report-error';

const cli = cac('briefing');

registerInspect(cli);
registerImport(cli);
registerPresentFormats(); // --to pdf|html, before the export command lists its formats
registerExport(cli);
registerSession(cli);

cli.help();

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand) {
    cli.outputHelp();
    if (cli.args.length > 0) process.exitCode = 1;
  } else {
    await cli.runMatchedCommand();
  }
} catch (e) {
  reportError(e);
}
