/** `tbkg publish`: a static linked-data site from documents or dumps. */
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { GraphSet } from '../load/graphs.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { DEFAULT_LICENSE, publishSite } from '../publish/site.js';
import { stringOption, type ParsedArgs } from './args.js';
import { baseOption } from './convert.js';
import { Reporter } from './output.js';

/** The documents bundled with tbkg, published or served when no SOURCE is given. */
export const BUNDLED_SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

export async function publishCommand(args: ParsedArgs): Promise<number> {
  const [dir, ...sources] = args.positionals;
  if (dir === undefined) throw new UsageError('publish needs the DIR to write the site to (see tbkg publish --help)');
  const reporter = new Reporter(args.values.quiet === true);
  const base = baseOption(args) ?? DEFAULT_BASE;
  const siteUrl = absoluteHttp(stringOption(args, 'site-url'), '--site-url');
  const license = absoluteIri(stringOption(args, 'license'), '--license') ?? DEFAULT_LICENSE;
  const started = performance.now();
  const set = await GraphSet.collect(sources.length > 0 ? sources : [BUNDLED_SEEDS], {
    base,
    symbol: stringOption(args, 'symbol'),
    defaultGraph: stringOption(args, 'graph'),
    onWarning: (message) => reporter.warn(message),
  });
  try {
    if (set.graphs.length === 0) throw new InputError('the sources hold no triples: nothing to publish');
    let result;
    try {
      result = await publishSite(set, dir, { base, siteUrl, license });
    } catch (err) {
      if (err instanceof Error && /is not under the base/.test(err.message)) throw new InputError(err.message);
      throw err;
    }
    const ms = Math.round(performance.now() - started);
    reporter.info(`tbkg: published ${result.documents} document(s), ${result.pages} pages, ${result.triples} triples to ${dir} in ${ms} ms`);
    return 0;
  } finally {
    await set.dispose();
  }
}

function absoluteHttp(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+\/$/.test(value)) throw new UsageError(`${option} must be an absolute http(s) URL ending in "/", got "${value}"`);
  return value;
}

function absoluteIri(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value)) throw new UsageError(`${option} must be an absolute IRI, got "${value}"`);
  return value;
}
