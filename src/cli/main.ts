/** The tbkg command: one verb per job. */
import { readFileSync } from 'node:fs';
import { TbkgError } from '../errors.js';
import { parseVerbArgs, type ParsedArgs } from './args.js';
import { GLOBAL_HELP, VERBS, verbHelp } from './spec.js';

type Command = (args: ParsedArgs) => Promise<number>;

/** Each verb loads its own modules, so `--version` or `query` never pays for SHACL or JSON-LD. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  convert: async () => (await import('./convert.js')).convertCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  query: async () => (await import('./query.js')).queryCommand,
  load: async () => (await import('./load.js')).loadCommand,
  publish: async () => (await import('./publish.js')).publishCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  stats: async () => (await import('./stats.js')).statsCommand,
  refs: async () => (await import('./refs.js')).refsCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [verbName, ...rest] = argv;
  if (verbName === undefined || verbName === '-h' || verbName === '--help' || verbName === 'help') {
    process.stdout.write(`${GLOBAL_HELP}\n`);
    return verbName === undefined ? 2 : 0;
  }
  if (verbName === '-V' || verbName === '--version') {
    process.stdout.write(`tbkg ${version()}\n`);
    return 0;
  }
  const verb = VERBS.find((v) => v.name === verbName);
  const command = COMMANDS[verbName];
  if (!verb || !command) {
    process.stderr.write(`tbkg: unknown verb "${verbName}"\n\n${GLOBAL_HELP}\n`);
    return 2;
  }
  try {
    const args = parseVerbArgs(verb, rest);
    if (args.help) {
      process.stdout.write(`${verbHelp(verb)}\n`);
      return 0;
    }
    return await (await command())(args);
  } catch (err) {
    if (err instanceof TbkgError) {
      process.stderr.write(`tbkg ${verb.name}: ${err.describe()}\n`);
      return err.exitCode;
    }
    throw err;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
