/** `tbkg query`: SPARQL over local sources, the seeds, or a remote endpoint. */
import { UsageError } from '../errors.js';
import { isResultsFormat, RESULTS_FORMATS } from '../query/formats/index.js';
import { readQueryText } from '../query/query-text.js';
import { runQuery } from '../query/run.js';
import { isRdfFormat, RDF_FORMATS } from '../serialize/index.js';
import { stringOption, type ParsedArgs } from './args.js';
import { describeWarning } from '../errors.js';
import { baseOption } from './convert.js';
import { Reporter } from './output.js';

export async function queryCommand(args: ParsedArgs): Promise<number> {
  const expression = stringOption(args, 'expression');
  const queryPath = expression === undefined ? args.positionals[0] : undefined;
  const sourcePaths = expression === undefined ? args.positionals.slice(1) : args.positionals;
  const results = stringOption(args, 'results');
  if (results !== undefined && !isResultsFormat(results)) throw new UsageError(`unknown result format "${results}": one of ${RESULTS_FORMATS.join(', ')}`);
  const format = stringOption(args, 'format');
  if (format !== undefined && !isRdfFormat(format)) throw new UsageError(`unknown RDF format "${format}": one of ${RDF_FORMATS.join(', ')}`);
  const endpoint = endpointOption(stringOption(args, 'endpoint'));
  const timeoutSeconds = numberOption(args, 'timeout', { integer: false, min: 0.001 });
  const retries = numberOption(args, 'retries', { integer: true, min: 0 });
  const base = baseOption(args);
  const reporter = new Reporter(args.values.quiet === true);

  const query = await readQueryText({ expression, path: queryPath });
  return runQuery({
    query,
    sourcePaths,
    endpoint,
    timeoutSeconds,
    retries,
    unionDefaultGraph: args.values['union-default-graph'] === true,
    base,
    symbol: stringOption(args, 'symbol'),
    resultsFormat: results,
    graphFormat: format,
    output: stringOption(args, 'output'),
    explain: args.values.explain === true,
    time: args.values.time === true,
    terminal: process.stdout.isTTY ? { columns: process.stdout.columns } : undefined,
    notices: {
      warn: (message) => reporter.warn(`tbkg query: ${message}`),
      documentWarning: (file, warning) => reporter.warn(describeWarning(file, warning)),
      time: (message) => reporter.error(`tbkg query: ${message}`),
    },
  });
}

function endpointOption(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--endpoint must be an http(s) URL, got "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--endpoint must be an http(s) URL, got "${url}"`);
  if (parsed.username || parsed.password) {
    throw new UsageError('credentials do not go on the command line (ps and shell history keep them): set TBKG_ENDPOINT_USER and TBKG_ENDPOINT_PASSWORD');
  }
  return url;
}

function numberOption(args: ParsedArgs, name: string, rule: { integer: boolean; min: number }): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < rule.min || (rule.integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${rule.integer ? 'a whole number' : 'a number'} of at least ${rule.min}, got "${text}"`);
  }
  return value;
}
