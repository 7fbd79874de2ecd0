/**
 * The local engine's two corrections of Oxigraph: the union default graph
 * is an RDF merge (each triple once, however many document graphs repeat
 * it), and literals read from the data keep the form they were written in.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiteralRestorer } from '../../src/query/literal-forms.js';
import { LocalDataset, rawToResult } from '../../src/query/local.js';
import { convertDocument, toNQuads } from '../../src/query/read-source.js';
import { classify } from '../../src/query/sources.js';
import { parseQuery } from '../../src/query/syntax.js';
import { projectPrefixes } from '../../src/serialize/index.js';
import { scratchDir, SEED } from '../support/cli.js';
import { answerText } from './support.js';

async function ask(paths: string[], union: boolean, text: string): Promise<{ answer: string; restorer: LiteralRestorer }> {
  const { dataset, summary } = await LocalDataset.load({ sources: paths.map(classify), union }, { documentWarning: () => undefined });
  const shape = parseQuery({ text, origin: '-e' }, projectPrefixes());
  const restorer = new LiteralRestorer(summary.literalForms);
  return { answer: await answerText(rawToResult(dataset.evaluate(shape.text, shape.form), shape, restorer)), restorer };
}

describe('the union default graph', () => {
  it('holds each triple once, though every document graph repeats the shared nodes', async () => {
    const dir = scratchDir();
    const dumps = [];
    for (const symbol of ['CAT/C/KAZ/CO/2', 'CAT/C/KAZ/CO/3']) {
      const file = join(dir, `${symbol.replace(/\//g, '_')}.nq`);
      writeFileSync(file, toNQuads(await convertDocument({ kind: 'document', path: SEED }, { symbol, documentWarning: () => undefined })));
      dumps.push(file);
    }
    const query = 'SELECT ?symbol ?state WHERE { ?d a tb:ConcludingObservations ; dcterms:identifier ?symbol ; tb:stateParty/rdfs:label ?state } ORDER BY ?symbol';
    const { answer } = await ask(dumps, true, query);
    expect(answer).toBe('?symbol\t?state\n"CAT/C/KAZ/CO/2"\t"Kazakhstan"@en\n"CAT/C/KAZ/CO/3"\t"Kazakhstan"@en\n');
    const graphs = await ask(dumps, true, 'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }');
    expect(graphs.answer).toBe('?n\n"2"^^<http://www.w3.org/2001/XMLSchema#integer>\n');
  });
});

describe('loading', () => {
  it('loads a large N-Quads dump in pieces, and still names the line of an error in the whole file', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 60_000; i++) lines.push(`<http://example.org/s${i}> <http://example.org/label> "a label long enough to make the file larger than one piece of text ${i}" <http://example.org/g${i % 7}> .`);
    const good = join(scratchDir(), 'large.nq');
    writeFileSync(good, `${lines.join('\n')}\n`);
    const { answer } = await ask([good], true, 'SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }');
    expect(answer).toBe('?n\t?graphs\n"60000"^^<http://www.w3.org/2001/XMLSchema#integer>\t"7"^^<http://www.w3.org/2001/XMLSchema#integer>\n');
    lines[54_321] = '<http://example.org/broken> <http://example.org/label> "unterminated .';
    const bad = join(scratchDir(), 'broken.nq');
    writeFileSync(bad, `${lines.join('\n')}\n`);
    await expect(ask([bad], true, 'ASK {}')).rejects.toMatchObject({ file: bad, line: 54_322, exitCode: 1 });
  });
});

describe('literal forms', () => {
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const dump = (text: string) => {
    const file = join(scratchDir(), 'data.ttl');
    writeFileSync(file, `@prefix xsd: <${XSD}> .\n@prefix ex: <http://example.org/> .\n${text}`);
    return file;
  };

  it('gives values read from the data the datatype and lexical form they were written with', async () => {
    const file = dump('ex:a ex:start "17292"^^xsd:nonNegativeInteger ; ex:n "007"^^xsd:integer ; ex:d "P12M"^^xsd:duration .\n');
    const { answer } = await ask([file], false, 'SELECT ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p');
    expect(answer).toBe(
      '?p\t?o\n' +
        `<http://example.org/d>\t"P12M"^^<${XSD}duration>\n` +
        `<http://example.org/n>\t"007"^^<${XSD}integer>\n` +
        `<http://example.org/start>\t"17292"^^<${XSD}nonNegativeInteger>\n`,
    );
    const graph = await ask([file], false, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
    expect(graph.answer).toContain(`"17292"^^<${XSD}nonNegativeInteger>`);
  });

  it('leaves computed values alone, and counts the values two written forms share', async () => {
    const file = dump('ex:a ex:start "7"^^xsd:nonNegativeInteger ; ex:number 7 .\n');
    const computed = await ask([file], false, 'SELECT (COUNT(*) AS ?n) (SUM(?o) AS ?sum) WHERE { ?s ?p ?o }');
    expect(computed.answer).toBe(`?n\t?sum\n"2"^^<${XSD}integer>\t"14"^^<${XSD}integer>\n`);
    const shared = await ask([file], false, 'SELECT ?o WHERE { ?s ?p ?o }');
    expect(shared.restorer.unrestorable).toBe(2);
  });
});
