/** `tbkg validate`: SHACL validation of sources or dumps. */
import type { Quad } from 'n3';
import { UsageError } from '../errors.js';
import { convertFile } from '../pipeline.js';
import { rdfSyntaxOf, readRdfFile } from '../rdf/read.js';
import { formatReport, validateQuads } from '../validate/shacl.js';
import type { ParsedArgs } from './args.js';
import { stringOption } from './args.js';
import { describeWarning } from '../errors.js';
import { baseOption } from './convert.js';
import { Reporter } from './output.js';
import { expandPaths } from './sources.js';

export async function validateCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one FILE or folder (see tbkg validate --help)');
  const files = await expandPaths(args.positionals);
  const reporter = new Reporter(args.values.quiet === true);
  const base = baseOption(args);
  const symbol = stringOption(args, 'symbol');
  let failed = 0;
  for (const file of files) {
    let quads: Quad[];
    if (rdfSyntaxOf(file)) {
      quads = await readRdfFile(file);
    } else {
      const conversion = await convertFile(file, { base, symbol });
      for (const w of conversion.model.warnings) reporter.warn(describeWarning(file, w));
      quads = conversion.quads;
    }
    const report = await validateQuads(quads);
    if (!report.conforms) failed++;
    const text = `${file}: ${formatReport(report)}`;
    if (report.conforms) reporter.info(text);
    else process.stdout.write(`${text}\n`);
  }
  return failed > 0 ? 1 : 0;
}
