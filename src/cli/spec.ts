/**
 * The whole command-line surface of tbkg, declared once: the parser reads
 * its options from here and `--help` prints these very words.
 */

export interface OptionSpec {
  name: string;
  short?: string;
  /** Placeholder of the value; a flag has none. */
  value?: string;
  help: string;
  multiple?: boolean;
}

export interface VerbSpec {
  name: string;
  usage: string;
  summary: string;
  description: string;
  options: OptionSpec[];
  examples: string[];
}

const QUIET: OptionSpec = { name: 'quiet', short: 'q', help: 'Print no summary and no warnings; errors only.' };
const BASE: OptionSpec = {
  name: 'base',
  value: 'IRI',
  help: 'Base of the data IRIs (default https://w3id.org/tbkg/): documents become {base}doc/SYMBOL.',
};
const SYMBOL: OptionSpec = {
  name: 'symbol',
  value: 'SYMBOL',
  help: 'UN symbol of the document (e.g. CAT/C/KAZ/CO/2) when the text does not carry it; one FILE only.',
};

export const VERBS: VerbSpec[] = [
  {
    name: 'convert',
    usage: 'tbkg convert FILE|FOLDER... [-o OUT] [-f FORMAT] [--base IRI] [--symbol SYMBOL]',
    summary: 'Convert concluding observations (PDF, DOCX, HTML or text) into RDF.',
    description: [
      'Reads each FILE, PDF, DOCX, HTML or plain text as its content shows (a FOLDER stands for',
      'the .pdf .docx .html .htm .txt documents in it and below it, in name order), finds its',
      'paragraphs, concerns, recommendations, article tags, cited',
      'laws and documents, and writes one named graph per document (the graph IRI is the',
      'document IRI). The format is guessed from the extension of OUT (.ttl .nt .nq .trig',
      '.jsonld); without -o the graph goes to standard output as Turtle. The output is written',
      'to a temporary file and renamed, so a failed run never leaves a half-written dump.',
      'Warnings (text the parser could not place) go to standard error with file:line:column.',
      'Exit codes: 0 converted, 2 bad input or usage (nothing is written).',
    ].join('\n'),
    options: [
      { name: 'output', short: 'o', value: 'OUT', help: 'Write to OUT instead of standard output.' },
      { name: 'format', short: 'f', value: 'FORMAT', help: 'turtle | ntriples | nquads | trig | jsonld (default: from OUT, else turtle).' },
      BASE,
      SYMBOL,
      QUIET,
    ],
    examples: [
      'tbkg convert seeds/CAT_C_KAZ_CO_2.txt -o kaz.ttl',
      'tbkg convert seeds -o corpus.nq',
      'tbkg convert CAT_C_KAZ_CO_2.pdf CAT_C_SVN_CO_3.docx downloads/ -o corpus.trig',
      'tbkg convert report.txt --symbol CAT/C/KAZ/CO/2 -f jsonld > kaz.jsonld',
    ],
  },
  {
    name: 'validate',
    usage: 'tbkg validate FILE... [--base IRI] [--symbol SYMBOL]',
    summary: 'Check sources or RDF dumps against the SHACL shapes of the ontology.',
    description: [
      'Each FILE is an RDF dump (.ttl .nt .nq .trig .jsonld) or a source document, which is',
      'converted first. The union of its graphs is checked against ontology/shapes.ttl and a',
      'report is printed: one line per violation (focus node, property, message).',
      'Exit codes: 0 conforms, 1 does not conform, 2 bad input or usage.',
    ].join('\n'),
    options: [BASE, SYMBOL, QUIET],
    examples: ['tbkg validate seeds/CAT_C_KAZ_CO_2.txt', 'tbkg validate kaz.ttl corpus.nq'],
  },
];

export const GLOBAL_HELP = [
  'tbkg: concluding observations of the UN human-rights treaty bodies as a knowledge graph.',
  '',
  'Usage: tbkg VERB [OPTIONS] [ARGS]',
  '',
  'Verbs:',
  ...VERBS.map((v) => `  ${v.name.padEnd(10)} ${v.summary}`),
  '',
  'Options:',
  '  -h, --help     Help for tbkg, or for a verb: tbkg convert --help',
  '  -V, --version  Print the version.',
].join('\n');

export function verbHelp(verb: VerbSpec): string {
  const width = Math.max(...verb.options.map((o) => optionLabel(o).length));
  return [
    `Usage: ${verb.usage}`,
    '',
    verb.summary,
    '',
    verb.description,
    '',
    'Options:',
    ...verb.options.map((o) => `  ${optionLabel(o).padEnd(width)}  ${o.help}`),
    `  ${'-h, --help'.padEnd(width)}  Print this help.`,
    '',
    'Examples:',
    ...verb.examples.map((e) => `  ${e}`),
  ].join('\n');
}

function optionLabel(o: OptionSpec): string {
  const names = o.short ? `-${o.short}, --${o.name}` : `    --${o.name}`;
  return o.value ? `${names} ${o.value}` : names;
}
