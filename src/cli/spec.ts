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
    usage: 'tbkg convert FILE|FOLDER... [-o OUT] [-f FORMAT] [--base IRI] [--symbol SYMBOL] [--jobs N]',
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
      '',
      'A corpus is written as documents are converted, in parallel by worker threads (--jobs,',
      'default: the number of cores), each document\'s graph as soon as it is done, in the order',
      'the documents were given, so that the same input gives the same bytes; the corpus is',
      'never held in memory. N-Quads are the fastest; Turtle, N-Triples, TriG and JSON-LD are',
      'written one block per document (its links in it), each Turtle or TriG block with the',
      'prefixes it uses.',
      'Documents are linked across the corpus: a reiterated paragraph or item ("A/56/44, para.',
      '129 (e)") points at the very node of the cited document when it is converted too, and',
      'successive reviews of one State by one body are linked by tb:previousReview; these',
      'links close the N-Quads dump, or stand in each document\'s block. A progress line shows at a terminal; a summary (documents,',
      'paragraphs, triples, warnings, time, links) ends the run.',
      '',
      'Documents named one by one must all convert: the first that cannot stops the run and',
      'nothing is written. Within a FOLDER, a document that cannot be converted is reported with',
      'its reason and skipped, and the others are converted.',
      'Exit codes: 0 converted, 1 some documents of a folder failed (the others are written),',
      '2 bad input or usage, or no document converted (nothing is written).',
    ].join('\n'),
    options: [
      { name: 'output', short: 'o', value: 'OUT', help: 'Write to OUT instead of standard output.' },
      { name: 'format', short: 'f', value: 'FORMAT', help: 'turtle | ntriples | nquads | trig | jsonld (default: from OUT, else turtle).' },
      { name: 'jobs', short: 'j', value: 'N', help: 'Worker threads converting N-Quads in parallel (default: the number of cores; 1 converts in one thread).' },
      BASE,
      SYMBOL,
      QUIET,
    ],
    examples: [
      'tbkg convert seeds/CAT_C_KAZ_CO_2.txt -o kaz.ttl',
      'tbkg convert seeds -o corpus.nq',
      'tbkg convert downloads/ test/fixtures/eras -o corpus.nq --jobs 2',
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
  {
    name: 'query',
    usage: 'tbkg query QUERY|-e TEXT [SOURCE...] [-t FORMAT] [-o FILE] [--endpoint URL] [--timeout SECONDS]',
    summary: 'Ask a SPARQL question of the graph: local sources, the seeds, or a remote endpoint.',
    description: [
      'QUERY is a .rq file, or - for standard input; -e TEXT gives the query itself. A QUERY that',
      'is not an existing file is an error, never read as SPARQL. The prefixes of the project (tb:',
      'eli: dcterms: skos: oa: rdfs: xsd: doc: law: treaty: ...) may be used without PREFIX lines.',
      'SOURCE is any mix of RDF dumps (.ttl .nt .nq .trig .jsonld, gzipped too) and source',
      'documents, converted first as convert does; a FOLDER stands for the dumps and documents in',
      'it and below it. Without SOURCE the query runs over the documents of seeds/.',
      '',
      'Default graph: each converted document is a named graph (its IRI is the document IRI).',
      'When the sources include documents (and for seeds/) the default graph is the union of all',
      'graphs, each triple once (an RDF merge, though every document graph repeats the State,',
      'the committee and the laws it names), so a question needs no GRAPH clause. A dump keeps',
      'its own default graph (Turtle and N-Triples put every triple there); for N-Quads, TriG and',
      'JSON-LD dumps, whose triples sit in named graphs, --union-default-graph makes the union',
      'the default graph, and a warning says so when the default graph is empty. GRAPH ?g always',
      'names each graph.',
      '',
      'Results of SELECT and ASK: a table at a terminal (columns in projection order, IRIs',
      'shortened by the prefixes in use, "text"@en and "5"^^xsd:integer kept, wrapped to the',
      'width of the terminal); SPARQL TSV, lossless and one row per line, when standard output',
      'is a pipe or a file. -t json, xml, csv or tsv writes the W3C SPARQL 1.1 result formats.',
      'CONSTRUCT and DESCRIBE write Turtle with only the prefixes used, or any -f FORMAT. With -o',
      'the format follows the extension (.srj .json .srx .xml .csv .tsv .txt; .ttl .nt .nq .trig',
      '.jsonld), and the file is written whole or not at all. Rows are written as they come.',
      '',
      'Engines: Oxigraph, in this process, for local data. It stores typed literals by value',
      '("7"^^xsd:nonNegativeInteger would come back as xsd:integer): values read from the data',
      'get their written form back, with a warning when one value is written two ways in the',
      'data. --endpoint sends the query to a remote SPARQL 1.1 endpoint (SPARQL protocol,',
      'results streamed); credentials come from the environment only, TBKG_ENDPOINT_USER and',
      'TBKG_ENDPOINT_PASSWORD (Basic or Digest, as the endpoint asks). A query with SERVICE',
      'clauses runs in Comunica, which joins the local data with the remote endpoints. Remote',
      'requests are retried after 5xx, 429 or a dropped connection; an endpoint that answers an',
      'error or an HTML page is reported with its status and the first line of its answer.',
      '',
      'Errors: a syntax error shows its line, column and token; a bad data file shows',
      'file:line:column. --timeout stops a query that runs too long (default: no limit locally,',
      '60 s for an endpoint or a federated query; locally the limit starts once the data is',
      'loaded). Exit codes: 0 answered, 1 the query failed (syntax, timeout, endpoint error) or a',
      'data file is bad, 2 usage (options, missing files).',
    ].join('\n'),
    options: [
      { name: 'expression', short: 'e', value: 'TEXT', help: 'The query text itself, instead of a QUERY file.' },
      { name: 'results', short: 't', value: 'FORMAT', help: 'table | json | xml | csv | tsv, for SELECT and ASK (default: from -o; else table at a terminal, tsv otherwise).' },
      { name: 'format', short: 'f', value: 'FORMAT', help: 'turtle | ntriples | nquads | trig | jsonld, for CONSTRUCT and DESCRIBE (default: from -o, else turtle).' },
      { name: 'output', short: 'o', value: 'FILE', help: 'Write the results to FILE instead of standard output.' },
      { name: 'endpoint', value: 'URL', help: 'Query this remote SPARQL 1.1 endpoint instead of local data (no SOURCE then).' },
      { name: 'timeout', value: 'SECONDS', help: 'Stop the query after SECONDS, exit code 1 (default: none locally, 60 remotely).' },
      { name: 'retries', value: 'N', help: 'Retries of a remote request after 5xx, 429 or a dropped connection (default 2).' },
      { name: 'union-default-graph', help: 'The default graph is the union of all graphs of the dumps (always so for documents).' },
      { name: 'explain', help: 'Print the SPARQL algebra of the query and what it would run on; run nothing.' },
      { name: 'time', help: 'Print the parse, load, query and print times to standard error.' },
      BASE,
      SYMBOL,
      { name: 'quiet', short: 'q', help: 'Print no warnings; errors only.' },
    ],
    examples: [
      'tbkg query queries/recommendations-per-article.rq',
      "tbkg query -e 'SELECT ?n ?text WHERE { ?p tb:number ?n ; tb:text ?text } ORDER BY ?n LIMIT 3'",
      'tbkg query queries/laws-cited.rq corpus.nq.gz --union-default-graph -t csv -o laws.csv',
      'tbkg query queries/paragraph-subgraph.rq -f jsonld > para-17.jsonld',
      'TBKG_ENDPOINT_USER=me TBKG_ENDPOINT_PASSWORD=... tbkg query q.rq --endpoint http://localhost:8890/sparql-auth',
    ],
  },
  {
    name: 'load',
    usage: 'tbkg load SOURCE... --endpoint URL [--update-endpoint URL] [--resume] [--dry-run] | tbkg load SOURCE... --bulk DIR',
    summary: 'Load the graphs into a triple store (Graph Store protocol), or write bulk-load files.',
    description: [
      'SOURCE is a document or a folder of them (converted first) or an RDF dump (.nq .trig',
      '.jsonld, .ttl .nt with --graph; gzipped too). Each document is one named graph (the',
      'document IRI), sent with the SPARQL 1.1 Graph Store HTTP Protocol to the --update-endpoint',
      '(default: --endpoint) as N-Triples with ?graph=IRI: the first chunk with PUT, so a rerun',
      'replaces the graph rather than duplicating it, the next chunks with POST. After each graph',
      'a COUNT query at --endpoint must find every triple sent; a mismatch is an error.',
      '5xx, 429 and broken connections are retried with backoff (Retry-After is honoured).',
      `Credentials come from the environment: TBKG_STORE_USER and TBKG_STORE_PASSWORD (Basic or`,
      'Digest, as the store asks; Virtuoso: /sparql-graph-crud-auth takes Digest only).',
      'A store that refuses stops the load with its status and message, and the graphs loaded',
      'and not loaded are listed; --resume then skips the graphs whose counts already match.',
      '--bulk DIR writes split, gzipped N-Quads files instead, with the commands that load them',
      'into Virtuoso (virtuoso.sql: ld_dir, rdf_loader_run, checkpoint), Jena TDB2 (tdb2.sh) and',
      'Oxigraph (oxigraph.sh), and check.rq, a query that lists graphs whose counts differ.',
      'Exit codes: 0 loaded, 1 the store refused or holds other counts, 2 bad input or usage.',
    ].join('\n'),
    options: [
      { name: 'endpoint', value: 'URL', help: 'SPARQL query endpoint of the store (the COUNT checks; also the Graph Store endpoint unless --update-endpoint).' },
      { name: 'update-endpoint', value: 'URL', help: 'Graph Store protocol endpoint, where graphs are PUT (Virtuoso: .../sparql-graph-crud-auth).' },
      { name: 'bulk', value: 'DIR', help: 'Write gzipped N-Quads files and loader commands to DIR instead of sending anything.' },
      { name: 'resume', help: 'Skip graphs whose triple count in the store already equals what would be sent.' },
      { name: 'dry-run', help: 'Print the requests that would be sent (to standard output); send nothing.' },
      { name: 'chunk-size', value: 'N', help: 'Triples per request (default 50000), or quads per bulk file (default 1000000).' },
      { name: 'retries', value: 'N', help: 'Retries of a request after 5xx, 429 or a broken connection (default 5).' },
      { name: 'timeout', value: 'SECONDS', help: 'Time-out of one request (default 300).' },
      { name: 'auth', value: 'MODE', help: 'auto (answer the store\'s challenge, default) | basic (sent up front) | digest.' },
      { name: 'graph', value: 'IRI', help: 'Named graph for the triples of Turtle or N-Triples dumps, which have none.' },
      BASE,
      SYMBOL,
      QUIET,
    ],
    examples: [
      'TBKG_STORE_USER=dba TBKG_STORE_PASSWORD=... tbkg load seeds --endpoint http://localhost:8890/sparql --update-endpoint http://localhost:8890/sparql-graph-crud-auth',
      'tbkg load corpus.nq.gz --endpoint http://localhost:3030/ds/sparql --update-endpoint http://localhost:3030/ds/data --resume',
      'tbkg load seeds --endpoint http://localhost:7878/query --update-endpoint http://localhost:7878/store --dry-run',
      'tbkg load corpus/ --bulk bulk/ && isql-vt 1111 dba PASSWORD bulk/virtuoso.sql',
    ],
  },
  {
    name: 'publish',
    usage: 'tbkg publish DIR [SOURCE...] [--base IRI] [--site-url URL] [--license IRI]',
    summary: 'Write a static linked-data site: pages, per-resource RDF, dumps, VoID, sitemap.',
    description: [
      'Writes to DIR a site that any web server can serve (SOURCE defaults to the bundled seeds):',
      'for each document an index.html (paragraphs with their concern and recommendation, article',
      'tags, cited laws and earlier recommendations as links, its JSON-LD embedded) with index.ttl,',
      'index.jsonld and index.nt beside it; a page for each State, treaty article, domestic',
      'provision and every other resource under the base, listing what cites it; the ontology as',
      'HTML and Turtle; full dumps (dumps/tbkg.nq.gz, dumps/tbkg.trig); VoID and DCAT at',
      '.well-known/void; sitemap.xml; and .htaccess rules that answer {base}doc/... with a 303 to',
      'the format the Accept header asks for. With --site-url, w3id.htaccess holds the rules for a',
      'w3id.org-style redirect of the base to the site. Links are relative, so the site works from',
      'any root; the same input gives the same bytes; DIR is replaced whole, never half-written.',
      'Exit codes: 0 written, 2 bad input or usage.',
    ].join('\n'),
    options: [
      BASE,
      { name: 'site-url', value: 'URL', help: 'Where the site is hosted, when not at the base: sitemap URLs and w3id.htaccess.' },
      { name: 'license', value: 'IRI', help: 'Licence of the data in VoID and DCAT (default https://creativecommons.org/licenses/by/4.0/).' },
      { name: 'graph', value: 'IRI', help: 'Named graph for the triples of Turtle or N-Triples dumps, which have none.' },
      SYMBOL,
      QUIET,
    ],
    examples: ['tbkg publish site', 'tbkg publish site corpus/ --site-url https://example.org/tbkg/', 'tbkg publish site corpus.nq.gz --base https://example.org/tbkg/'],
  },
  {
    name: 'serve',
    usage: 'tbkg serve [SOURCE...] [--site DIR] [--bind HOST:PORT]',
    summary: 'Serve the graph as linked data with content negotiation and a read-only SPARQL endpoint.',
    description: [
      'Serves the resources of the SOURCEs (default: the bundled seeds), or of a site written by',
      'tbkg publish (--site DIR), over HTTP: every IRI under the base answers with HTML, Turtle,',
      'JSON-LD or N-Triples as the Accept header asks (q-values honoured; 406 when none fits;',
      'Vary: Accept). /sparql is a read-only SPARQL 1.1 Protocol endpoint (GET and POST; results',
      'as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples or JSON-LD; the default graph',
      'is the union of the named graphs) with a query page for browsers; updates are refused.',
      'Requests, queries and results are capped; files outside the site are never served.',
      'Stops on Ctrl-C (SIGINT) or SIGTERM.',
    ].join('\n'),
    options: [
      { name: 'bind', value: 'HOST:PORT', help: 'Address to listen on (default 127.0.0.1:8080; port 0 picks a free one).' },
      { name: 'site', value: 'DIR', help: 'Serve a site written by tbkg publish instead of converting SOURCEs.' },
      { name: 'query-timeout', value: 'MS', help: 'Time a SPARQL query may run (default 10000 ms).' },
      { name: 'max-rows', value: 'N', help: 'Most result rows or triples a query may return (default 100000); more is an error, never a silent cut.' },
      BASE,
      { name: 'graph', value: 'IRI', help: 'Named graph for the triples of Turtle or N-Triples dumps, which have none.' },
      SYMBOL,
      QUIET,
    ],
    examples: ['tbkg serve', 'tbkg serve corpus/ --bind 0.0.0.0:8080', 'tbkg serve --site site', 'curl -H "Accept: text/turtle" http://127.0.0.1:8080/doc/CAT/C/KAZ/CO/2'],
  },
  {
    name: 'stats',
    usage: 'tbkg stats DUMP|FOLDER... [--void FILE] [--json] [--base IRI] [--license IRI] [--dump-url URL]',
    summary: 'What a converted corpus holds and how it is linked; its VoID / DCAT description.',
    description: [
      'Reads RDF dumps (.nq .nt .ttl .trig .jsonld, gzipped too) in two streaming passes, or',
      'converts the documents of a FOLDER first (as convert does, bad documents skipped), and',
      'prints: the documents and triples, per treaty body and per State; the reiterations that',
      'point at a paragraph or item of a document of the corpus, those that point at a document',
      'of the corpus that lacks it, and those that point at documents outside the corpus, by',
      'symbol; the chains of successive reviews (tb:previousReview) of one State by one body.',
      '--json prints the same as JSON. --void FILE writes a VoID and DCAT description of the',
      'corpus (format from the extension: .ttl .nt .nq .trig .jsonld): the dataset with its',
      'triples and documents, one subset per treaty body and per State with theirs, and the',
      'links within the corpus as void:Linksets. Same dump, same bytes: no timestamps.',
      'Exit codes: 0 done, 2 bad input or usage.',
    ].join('\n'),
    options: [
      { name: 'void', value: 'FILE', help: 'Write the VoID / DCAT description of the corpus to FILE.' },
      { name: 'json', help: 'Print the figures as JSON instead of text.' },
      { name: 'license', value: 'IRI', help: 'Licence of the data, for the VoID description (dcterms:license).' },
      { name: 'dump-url', value: 'URL', help: 'Where the dump is published, for the VoID description (void:dataDump, dcat:downloadURL).' },
      BASE,
      QUIET,
    ],
    examples: [
      'tbkg stats corpus.nq',
      'tbkg stats corpus.nq.gz --void void.ttl --license https://creativecommons.org/licenses/by/4.0/',
      'tbkg stats seeds test/fixtures/eras --json',
    ],
  },
  {
    name: 'refs',
    usage: 'tbkg refs FILE|- [--treaty CODE] [--jurisdiction ISO3]',
    summary: 'Find the references of any UN human-rights text: UN documents, treaty articles, domestic law.',
    description: [
      'Runs the reference recognizers of convert on any UN human-rights text (a decision, a UPR',
      'compilation, a report) and prints one JSON object per line, as ../shared/REFS.md writes',
      'them, with "start" and "end" in code points:',
      '  {"kind":"un-document","symbol":"CAT/C/KAZ/CO/2","paragraph":"15","item":null,...}',
      '  {"kind":"treaty-article","treaty":"CAT","article":"3","paragraph":"1",...}',
      '  {"kind":"law","jurisdiction":"KAZ","instrument":"Criminal Code","article":"347-1","part":"1",...}',
      'FILE is text (offsets count into it as given), a PDF, DOCX or HTML file (offsets count into',
      'its normalized text, as convert reads it), or a decision as a JSON array of paragraphs',
      '({"ID", "Text", "Footnotes"}, any case; footnotes as {"n", "text"} or strings; the array',
      'alone or under "paragraphs"): each paragraph\'s Text and each of its Footnotes is read on',
      'its own, offsets count into that field (footnote markers "[[fn:3]]" included), and each',
      'object says where it was found: "id" (the paragraph\'s ID), "field" ("Text" or',
      '"Footnotes") and, for a footnote, "footnote" (its number). - reads standard input.',
      'A text is read paragraph by paragraph; nothing carries from one paragraph to the next.',
      '"the Convention" and "the Covenant" resolve to --treaty (default: the committee of a file',
      'named by its symbol, or the protocol of a review under one such as crc-c-opsc-rus-co-1.txt,',
      'else the committee the text names most); domestic laws belong to --jurisdiction',
      '(default: the State the text names most).',
      'Exit codes: 0 done, 2 bad input or usage.',
    ].join('\n'),
    options: [
      { name: 'treaty', value: 'CODE', help: 'The committee\'s treaty: CAT, CCPR, CESCR, CERD, CEDAW, CRC, CRPD, CMW, CED (aliases such as ICCPR accepted).' },
      { name: 'jurisdiction', value: 'ISO3', help: 'ISO 3166 alpha-3 code of the State whose domestic laws the text cites.' },
      QUIET,
    ],
    examples: [
      'tbkg refs ../shared/corpus/decisions/cat-c-46-d-341-2008.json',
      'tbkg refs views.txt --treaty CCPR --jurisdiction UZB',
      "echo 'as required by article 3, paragraph 1, of the Convention' | tbkg refs - --treaty CAT",
    ],
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
