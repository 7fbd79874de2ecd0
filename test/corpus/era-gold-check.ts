/**
 * A fixture of one body and era against its hand-made gold, read back from
 * the N-Quads dump the CLI wrote, on the model of the seed's check
 * (test/e2e/gold-check.ts): every category is scored (precision, recall, F1)
 * and must reach F1 1.0. The gold's format is the seed's, made general:
 * treaty articles named in the text are written "CAT 4" and "CAT 4(2)" with
 * their treaty; a domestic law may name its jurisdiction; 'kind' may also be
 * 'concern' (a concern without recommendation).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir, tbkg } from '../support/cli.js';
import { matchInstruments } from '../support/instrument-matching.js';

export interface EraGoldLaw { code: string; article?: string; part?: string; jurisdiction?: string }
export interface EraGoldParagraph {
  n: number;
  kind: string;
  starts?: string;
  concernStarts?: string;
  recommendationStarts?: string;
  articles?: number[];
  subparagraphs?: string[];
  concernSubparagraphs?: string[];
  recommendationSubparagraphs?: string[];
  articlesInText?: string[];
  subdivisionsInText?: string[];
  laws?: EraGoldLaw[];
  documents?: string[];
  prior?: Array<{ symbol: string; paragraph: string; subparagraph?: string }>;
  instruments?: string[];
}
export interface EraGold {
  file: string;
  document: {
    symbol: string;
    treatyBody: string;
    treaty: string;
    stateParty: { name: string; iso3166alpha3: string; wikidata?: string };
    session?: { ordinal: number; place?: string; start?: string; end?: string };
    reportConsidered?: { symbol: string; ordinal?: number; lastOrdinal?: number; kind?: string };
    listOfIssuesReplies?: string;
    meetings: Array<{ number: number; record?: string; date?: string; role: string }>;
    adopted?: string;
    issued?: string;
    followUp?: { paragraphs: number[]; deadline: string; requestedIn: number };
    nextReport?: { ordinal?: number; due: string; requestedIn: number };
    paragraphCount: number;
    firstParagraph?: number;
    previousReview?: string;
    nextReview?: string;
  };
  sections: Array<{ label: string; title: string; paragraphs: number[] }>;
  headings: Array<{ title: string; paragraphs: number[] }>;
  paragraphs: EraGoldParagraph[];
}

const BASE = 'https://w3id.org/tbkg/';
const PREFIXES = `
PREFIX tb: <https://w3id.org/tbkg/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX oa: <http://www.w3.org/ns/oa#>
`;

export function readGold(goldFile: string): EraGold {
  return JSON.parse(readFileSync(goldFile, 'utf8')) as EraGold;
}

/** A duration as a store gives it back: "P24M" and "P2Y" are one value (Oxigraph writes the canonical form). */
const canonicalDeadline = (deadline: string) => {
  const months = /^P(\d+)M$/.exec(deadline);
  return months && Number(months[1]) % 12 === 0 ? `P${Number(months[1]) / 12}Y` : deadline;
};

/** Text as the gold quotes it: lines joined. */
const startsWith = (text: string | undefined, prefix: string) => (text ?? '').replace(/\s+/g, ' ').startsWith(prefix);

export function describeEraGold(goldFile: string): void {
  const gold = readGold(goldFile);
  const source = join(dirname(goldFile), gold.file);
  const d = gold.document;
  const DOC = `${BASE}doc/${d.symbol}`;
  const treatyOf = (code: string) => `${BASE}treaty/${code}`;

  describe(`${d.symbol} (${gold.file}) against its gold, read back from the N-Quads dump`, () => {
    let store: oxigraph.Store;
    const score = new Map<string, { tp: number; fp: number; fn: number }>();
    const select = (query: string): Array<Record<string, string>> => {
      const rows = store.query(PREFIXES + query, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[];
      return rows.map((row) => Object.fromEntries([...row.entries()].map(([k, v]) => [k, v.value])));
    };
    const compare = (category: string, expected: string[], actual: string[]) => {
      const s = score.get(category) ?? { tp: 0, fp: 0, fn: 0 };
      const want = new Set(expected);
      const got = new Set(actual);
      for (const x of got) if (want.has(x)) s.tp++; else s.fp++;
      for (const x of want) if (!got.has(x)) s.fn++;
      score.set(category, s);
      expect.soft([...got].sort(), category).toEqual([...want].sort());
    };

    beforeAll(() => {
      const out = join(scratchDir(), 'era.nq');
      const run = tbkg(['convert', source, '-o', out, '--quiet']);
      expect(run.status, run.stderr).toBe(0);
      store = new oxigraph.Store();
      store.load(readFileSync(out, 'utf8'), { format: 'application/n-quads' });
    });

    it('document metadata', () => {
      const [row] = select(`SELECT * WHERE {
        <${DOC}> a tb:ConcludingObservations ; dcterms:identifier ?symbol ; tb:treatyBody ?body ; tb:stateParty ?state .
        ?body skos:notation ?bodyCode ; tb:monitors ?treaty . ?treaty rdfs:label ?treatyName .
        ?state tb:iso3166Alpha3 ?iso ; rdfs:label ?stateName . OPTIONAL { ?state owl:sameAs ?wikidata }
        OPTIONAL { <${DOC}> tb:session ?session . ?session tb:ordinal ?ordinal .
          OPTIONAL { ?session tb:venue ?place } OPTIONAL { ?session tb:startDate ?start } OPTIONAL { ?session tb:endDate ?end } }
        OPTIONAL { <${DOC}> tb:considersReport ?report . ?report dcterms:identifier ?reportSymbol .
          OPTIONAL { ?report tb:ordinal ?reportOrdinal } OPTIONAL { ?report tb:lastOrdinal ?reportLast } OPTIONAL { ?report tb:reportKind ?reportKind } }
        OPTIONAL { <${DOC}> tb:considersReplies/dcterms:identifier ?replies }
        OPTIONAL { <${DOC}> tb:adoptedOn ?adopted } OPTIONAL { <${DOC}> dcterms:issued ?issued }
        FILTER(STR(?treatyName) = "${d.treaty}")
      }`);
      expect(row, 'the document, its body, State and treaty').toBeDefined();
      const s = d.session;
      const r = d.reportConsidered;
      compare('document', [
        `symbol=${d.symbol}`, `body=${d.treatyBody}`, `treaty=${d.treaty}`,
        `state=${d.stateParty.name}/${d.stateParty.iso3166alpha3}/${d.stateParty.wikidata ?? ''}`,
        `session=${s ? `${s.ordinal}/${s.place ?? ''}/${s.start ?? ''}/${s.end ?? ''}` : ''}`,
        `report=${r ? `${r.symbol}/${r.ordinal ?? ''}/${r.lastOrdinal ?? ''}/${r.kind ?? ''}` : ''}`,
        `replies=${d.listOfIssuesReplies ?? ''}`, `adopted=${d.adopted ?? ''}`, `issued=${d.issued ?? ''}`,
      ], [
        `symbol=${row!.symbol}`, `body=${row!.bodyCode}`, `treaty=${row!.treatyName}`,
        `state=${row!.stateName}/${row!.iso}/${(row!.wikidata ?? '').replace('http://www.wikidata.org/entity/', '')}`,
        `session=${row!.ordinal ? `${row!.ordinal}/${row!.place ?? ''}/${row!.start ?? ''}/${row!.end ?? ''}` : ''}`,
        `report=${row!.reportSymbol ? `${row!.reportSymbol}/${row!.reportOrdinal ?? ''}/${row!.reportLast ?? ''}/${row!.reportKind ?? ''}` : ''}`,
        `replies=${row!.replies ?? ''}`, `adopted=${row!.adopted ?? ''}`, `issued=${row!.issued ?? ''}`,
      ]);
    });

    it('meetings and their summary records', () => {
      compare('meetings', d.meetings.map((m) => `${m.number}/${m.record ?? ''}/${m.date ?? ''}/${m.role}`),
        select(`SELECT ?p ?n ?record ?date WHERE {
          <${DOC}> ?p ?m . FILTER(?p IN (tb:consideredAtMeeting, tb:adoptedAtMeeting)) ?m tb:number ?n .
          OPTIONAL { ?m dcterms:date ?date } OPTIONAL { ?m tb:summaryRecord/dcterms:identifier ?record } }`)
          .map((r) => `${r.n}/${r.record ?? ''}/${r.date ?? ''}/${r.p!.endsWith('adoptedAtMeeting') ? 'adoption' : 'consideration'}`));
    });

    it('follow-up request and next report', () => {
      const f = d.followUp;
      compare('followUp', f ? [...f.paragraphs.map((n) => `on=${n}`), `deadline=${canonicalDeadline(f.deadline)}`, `in=${f.requestedIn}`] : [],
        [...new Set(select(`SELECT ?n ?deadline ?in WHERE { ?f a tb:FollowUpRequest ; dcterms:isPartOf <${DOC}> ;
          tb:followUpOn/tb:number ?n ; tb:deadline ?deadline ; tb:requestedIn/tb:number ?in }`)
          .flatMap((r) => [`on=${r.n}`, `deadline=${r.deadline}`, `in=${r.in}`]))]);
      const n = d.nextReport;
      compare('nextReport', n ? [`ordinal=${n.ordinal ?? ''}`, `due=${n.due}`, `in=${n.requestedIn}`] : [],
        select(`SELECT ?o ?due ?in WHERE { ?r a tb:NextReportRequest ; dcterms:isPartOf <${DOC}> ; tb:deadline ?due ;
          tb:requestedIn/tb:number ?in . OPTIONAL { ?r tb:ordinal ?o } }`)
          .flatMap((r) => [`ordinal=${r.o ?? ''}`, `due=${r.due}`, `in=${r.in}`]));
    });

    it(`all ${d.paragraphCount} paragraphs, numbered as the document numbers them`, () => {
      compare('paragraphs', gold.paragraphs.map((p) => String(p.n)),
        select(`SELECT ?n WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n }`).map((r) => r.n!));
      expect(gold.paragraphs).toHaveLength(d.paragraphCount);
      expect(gold.paragraphs[0]!.n).toBe(d.firstParagraph ?? 1);
    });

    it('sections', () => {
      compare('sections', gold.sections.flatMap((s) => s.paragraphs.map((n) => `${n}:${s.label}:${s.title}`)),
        select(`SELECT ?n ?label ?title WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:section ?s .
          ?s skos:notation ?label ; skos:prefLabel ?title }`).map((r) => `${r.n}:${r.label}:${r.title}`));
    });

    it('headings', () => {
      compare('headings', gold.headings.flatMap((h) => h.paragraphs.map((n) => `${n}:${h.title}`)),
        select(`SELECT ?n ?title WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:heading/skos:prefLabel ?title }`)
          .map((r) => `${r.n}:${r.title}`));
    });

    it('concern / recommendation / positive-aspect parts and their first words', () => {
      const parts = select(`SELECT ?n ?class ?text WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:hasPart ?part .
        ?part a ?class ; tb:text ?text }`);
      const texts = new Map(select(`SELECT ?n ?text WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:text ?text }`)
        .map((r) => [Number(r.n), r.text!]));
      for (const p of gold.paragraphs) {
        const mine = parts.filter((r) => Number(r.n) === p.n);
        const kinds = mine.map((r) => r.class!.split('#')[1]!).sort();
        const textOf = (kind: string) => mine.find((r) => r.class!.endsWith(`#${kind}`))?.text;
        const check = (label: string, text: string | undefined, prefix: string) =>
          [`${label} ${prefix}`, startsWith(text, prefix) ? `${label} ${prefix}` : `${label} ${text?.slice(0, 60)}`];
        const expected: string[] = [];
        const actual: string[] = [];
        const add = ([e, a]: string[]) => { expected.push(e!); actual.push(a!); };
        switch (p.kind) {
          case 'introduction':
            expected.push('no parts');
            actual.push(kinds.length === 0 ? 'no parts' : kinds.join('+'));
            add(check('starts', texts.get(p.n), p.starts!));
            break;
          case 'positive':
            expected.push('PositiveAspect');
            actual.push(...kinds);
            add(check('starts', textOf('PositiveAspect'), p.starts!));
            break;
          case 'concern':
            expected.push('Concern');
            actual.push(...kinds);
            add(check('concern', textOf('Concern'), p.concernStarts!));
            break;
          case 'recommendation':
            expected.push('Recommendation');
            actual.push(...kinds);
            add(check('rec', textOf('Recommendation'), p.starts!));
            break;
          case 'concern+recommendation':
            expected.push('Concern', 'Recommendation');
            actual.push(...kinds);
            add(check('concern', textOf('Concern'), p.concernStarts!));
            add(check('rec', textOf('Recommendation'), p.recommendationStarts!));
            break;
          default:
            // Follow-up and next-report requests: a Recommendation part is accepted, a Concern is not.
            expected.push('no concern');
            actual.push(kinds.includes('Concern') ? 'Concern' : 'no concern');
            add(check('starts', textOf('Recommendation') ?? texts.get(p.n), p.starts!));
        }
        compare('parts', expected.map((e) => `${p.n} ${e}`), actual.map((a) => `${p.n} ${a}`));
      }
    });

    it('lettered items', () => {
      const rows = select(`SELECT ?n ?class ?label WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:hasPart ?part .
        ?part a ?class ; tb:hasItem/tb:label ?label }`);
      const expected = gold.paragraphs.flatMap((p) => [
        ...(p.subparagraphs ?? []).map((l) => `${p.n}:PositiveAspect:${l}`),
        ...(p.concernSubparagraphs ?? []).map((l) => `${p.n}:Concern:${l}`),
        ...(p.recommendationSubparagraphs ?? []).map((l) => `${p.n}:Recommendation:${l}`),
      ]);
      compare('items', expected, rows.map((r) => `${r.n}:${r.class!.split('#')[1]}:${r.label}`));
    });

    it('article tags of the paragraphs (or of the titles they stand under)', () => {
      const own = select(`SELECT ?code WHERE { <${DOC}> tb:treatyBody/tb:monitors ?t . ?t skos:notation ?code ; rdfs:label "${d.treaty}"@en }`)[0]!.code!;
      compare('articleTags', gold.paragraphs.flatMap((p) => (p.articles ?? []).map((a) => `${p.n}:${a}`)),
        select(`SELECT ?n ?a WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ; tb:addressesArticle ?art .
          ?art eli:number ?a ; eli:is_part_of <${treatyOf(own)}> }`).map((r) => `${r.n}:${r.a}`));
    });

    it('treaty articles and their paragraphs named in the text', () => {
      const rows = select(`SELECT ?n ?code ?num ?parent WHERE {
        ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n . { ?p tb:mentionsArticle ?art } UNION { ?p tb:hasPart/tb:mentionsArticle ?art }
        ?art eli:number ?num ; eli:is_part_of+ ?treaty . ?treaty a tb:Treaty ; skos:notation ?code .
        OPTIONAL { ?art eli:is_part_of ?up . ?up a tb:TreatyArticle ; eli:number ?parent } }`);
      compare('articleMentions', gold.paragraphs.flatMap((p) => (p.articlesInText ?? []).map((a) => `${p.n}:${a}`)),
        [...new Set(rows.map((r) => `${r.n}:${r.code} ${r.parent ?? r.num}`))]);
      compare('articleSubdivisions', gold.paragraphs.flatMap((p) => (p.subdivisionsInText ?? []).map((a) => `${p.n}:${a}`)),
        rows.filter((r) => r.parent).map((r) => `${r.n}:${r.code} ${r.parent}(${r.num})`));
    });

    it('domestic laws down to article and part', () => {
      const rows = select(`SELECT DISTINCT ?n ?code ?iso ?article ?part WHERE {
        ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n . { ?p tb:citesLaw ?law } UNION { ?p tb:hasPart/tb:citesLaw ?law }
        ?law eli:is_part_of* ?c . ?c a eli:LegalResource ; rdfs:label ?code ; eli:jurisdiction/tb:iso3166Alpha3 ?iso .
        OPTIONAL { ?law eli:is_part_of ?c ; eli:number ?article }
        OPTIONAL { ?law eli:is_part_of ?a . ?a eli:is_part_of ?c ; eli:number ?article . ?law eli:number ?part } }`);
      const key = (n: number | string, l: { code?: string; iso?: string; article?: string; part?: string }) =>
        `${n}:${l.iso} ${l.code}${l.article ? ` art ${l.article}` : ''}${l.part ? ` part ${l.part}` : ''}`;
      compare('laws', gold.paragraphs.flatMap((p) => (p.laws ?? []).map((l) => key(p.n, { ...l, iso: l.jurisdiction ?? d.stateParty.iso3166alpha3 }))),
        [...new Set(rows.map((r) => key(r.n!, r)))]);
    });

    it('UN documents cited', () => {
      compare('documents', gold.paragraphs.flatMap((p) => (p.documents ?? []).map((s) => `${p.n}:${s}`)),
        select(`SELECT DISTINCT ?n ?symbol WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n .
          { ?p tb:citesDocument ?d } UNION { ?p tb:hasPart/tb:citesDocument ?d } ?d dcterms:identifier ?symbol }`).map((r) => `${r.n}:${r.symbol}`));
    });

    it('earlier paragraphs and items reiterated, with their pinpoints', () => {
      const iri = (x: { symbol: string; paragraph: string; subparagraph?: string }) =>
        `${BASE}doc/${x.symbol}#para_${x.paragraph}${x.subparagraph ? `__item_${x.subparagraph}` : ''}`;
      compare('reiterations', gold.paragraphs.flatMap((p) => (p.prior ?? []).map((x) => `${p.n}:${iri(x)}`)),
        select(`SELECT DISTINCT ?n ?target WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n ;
          tb:hasPart/tb:reiterates ?target }`).map((r) => `${r.n}:${r.target}`));
    });

    it('international instruments, not the document\'s own treaty', () => {
      const rows = select(`SELECT DISTINCT ?n ?i WHERE { ?p a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number ?n .
        { ?p tb:mentionsInstrument ?i } UNION { ?p tb:hasPart/tb:mentionsInstrument ?i } }`);
      const names = select(`SELECT ?i ?name WHERE { ?i a tb:InternationalInstrument . { ?i rdfs:label ?name } UNION { ?i skos:altLabel ?name } }`);
      const { expected, actual } = matchInstruments(gold.paragraphs, rows, names);
      compare('instruments', expected, actual);
    });

    it('anchors quote the source text, with end - start code points', () => {
      const rows = select(`SELECT ?node ?start ?end ?exact WHERE { GRAPH <${DOC}> { ?node tb:anchor ?a . ?a oa:start ?start ; oa:end ?end ; oa:exact ?exact } }`);
      const anchored = new Set(rows.map((r) => r.node));
      const nodes = select(`SELECT ?x WHERE { GRAPH <${DOC}> { { ?x a tb:Paragraph } UNION { ?x a tb:Concern } UNION { ?x a tb:Recommendation }
        UNION { ?x a tb:PositiveAspect } UNION { ?x a tb:Item } UNION { ?x a tb:FollowUpRequest } } }`).map((r) => r.x!);
      expect(nodes.filter((n) => !anchored.has(n))).toEqual([]);
      const text = readFileSync(source, 'utf8').replace(/\s+/g, '');
      for (const r of rows) {
        expect([...r.exact!].length).toBe(Number(r.end) - Number(r.start));
        expect(text).toContain(r.exact!.replace(/\s+/g, ''));
      }
    });

    it('scores F1 1.0 in every category', () => {
      const lines = [...score.entries()].map(([category, s]) => {
        const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
        const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
        const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
        return { category, tp: s.tp, fp: s.fp, fn: s.fn, f1: f1.toFixed(3) };
      });
      for (const l of lines) expect(l.f1, l.category).toBe('1.000');
    });
  });
}
