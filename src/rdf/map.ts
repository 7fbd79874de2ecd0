/**
 * The document model to quads, in the named graph of the document. The
 * IRIs come from symbols and numbers (see iris.ts); nodes shared between
 * documents (a State, a code, an article) are described the same way by every
 * document that mentions them, so the union of graphs stays consistent.
 */
import type { Quad } from 'n3';
import { bodyByCode } from '../catalogue/bodies.js';
import { instrumentById, treatyInstrument } from '../catalogue/instruments.js';
import { treatyByCode } from '../catalogue/treaties.js';
import type { Anchor, ConcludingObservations, Item, LawRef, Paragraph, Part, References, TreatyArticleRef } from '../model.js';
import { Iris, undocsUrl } from './iris.js';
import { en, plain, QuadSet, typed, type LiteralParts, type ObjectTerm } from './quad-set.js';
import { DEFAULT_BASE, NS } from './vocab.js';

// The mapping names terms by their IRI strings; QuadSet makes them quads or N-Quads lines.
const iriIn = (namespace: string) => (local: string): string => namespace + local;
const tb = iriIn(NS.tb);
const eli = iriIn(NS.eli);
const dcterms = iriIn(NS.dcterms);
const skos = iriIn(NS.skos);
const oa = iriIn(NS.oa);
const owl = iriIn(NS.owl);
const rdf = iriIn(NS.rdf);
const rdfs = iriIn(NS.rdfs);
const xsd = iriIn(NS.xsd);
const wd = iriIn(NS.wd);

export interface MapOptions {
  base?: string;
}

/**
 * A reiteration kept out of the document's quads, to be linked once the
 * corpus is known: the part (or paragraph) that reiterates, its kind, and the
 * pinpoint it cites.
 */
export interface DeferredReiteration {
  /** IRI of the part or paragraph that reiterates. */
  from: string;
  fromKind: Part['kind'] | 'paragraph';
  symbol: string;
  paragraph: string;
  item: string | null;
}

export interface MappedDocument {
  quads: Quad[];
  reiterations: DeferredReiteration[];
}

const PART_SUFFIX: Record<Part['kind'], string> = { concern: 'concern', recommendation: 'rec', positive: 'positive' };
const PART_CLASS: Record<Part['kind'], string> = {
  concern: tb('Concern'),
  recommendation: tb('Recommendation'),
  positive: tb('PositiveAspect'),
};

export function toQuads(doc: ConcludingObservations, options: MapOptions = {}): Quad[] {
  return new DocumentMapper(doc, new Iris(options.base ?? DEFAULT_BASE), false).map().quads();
}

/**
 * The document's quads without its reiterations, which are returned apart:
 * in a corpus, a reiteration points at the very node of the cited document
 * when that document is converted too, which is known only at the end.
 */
export function toQuadsDeferringReiterations(doc: ConcludingObservations, options: MapOptions = {}): MappedDocument {
  const mapper = new DocumentMapper(doc, new Iris(options.base ?? DEFAULT_BASE), true);
  return { quads: mapper.map().quads(), reiterations: mapper.deferred };
}

/**
 * The same as sorted canonical N-Quads in UTF-8, byte for byte what
 * writeNQuads writes of those quads, made without a term object per quad:
 * the form in which a corpus streams its documents.
 */
export function toNQuadsDeferringReiterations(doc: ConcludingObservations, options: MapOptions = {}): { nquads: Uint8Array; quadCount: number; reiterations: DeferredReiteration[] } {
  const mapper = new DocumentMapper(doc, new Iris(options.base ?? DEFAULT_BASE), true);
  const set = mapper.map();
  return { nquads: set.nquadsUtf8(), quadCount: set.size, reiterations: mapper.deferred };
}

/**
 * The quads of one reiteration in the graph of the citing document: to the
 * node of the cited document when the corpus has it (`target`), else to the
 * pinpoint IRI, described as toQuads describes it ("A/56/44, para. 129 (e)"
 * is `{base}doc/A/56/44#para_129__item_e`, part of `#para_129`, part of the
 * document, which the citing paragraph's tb:citesDocument describes).
 */
export function reiterationQuads(base: string, graph: string, reiteration: DeferredReiteration, target: string | null): Quad[] {
  const set = new QuadSet(graph);
  const iris = new Iris(base);
  const { from, symbol, paragraph, item } = reiteration;
  if (target !== null) {
    set.add(from, tb('reiterates'), target);
    return set.quads();
  }
  const para = iris.pinpoint(symbol, paragraph);
  const node = item ? iris.pinpoint(symbol, paragraph, item) : para;
  set.add(from, tb('reiterates'), node);
  set.add(para, dcterms('isPartOf'), iris.document(symbol));
  if (/^\d+$/.test(paragraph)) set.add(para, tb('number'), integer(Number(paragraph)));
  if (item) {
    set.add(node, dcterms('isPartOf'), para);
    set.add(node, tb('label'), plain(item));
  }
  return set.quads();
}

class DocumentMapper {
  readonly set: QuadSet;
  private readonly doc: string;
  readonly deferred: DeferredReiteration[] = [];

  constructor(
    private readonly model: ConcludingObservations,
    private readonly iris: Iris,
    private readonly deferReiterations: boolean,
  ) {
    this.doc = iris.document(model.symbol);
    this.set = new QuadSet(this.doc);
  }

  map(): QuadSet {
    this.document();
    this.model.sections.forEach((s) => this.section(s.label, s.title, s.anchor));
    this.model.paragraphs.forEach((p) => this.paragraph(p));
    this.requests();
    return this.set;
  }

  private add(subject: string, predicate: string, object: ObjectTerm): void {
    this.set.add(subject, predicate, object);
  }

  private local(fragment: string): string {
    return `${this.doc}#${fragment}`;
  }

  private document(): void {
    const m = this.model;
    const body = bodyByCode(m.treatyBody)!;
    const d = this.doc;
    this.add(d, rdf('type'), tb('ConcludingObservations'));
    this.add(d, rdf('type'), tb('UNDocument'));
    this.add(d, dcterms('identifier'), plain(m.symbol));
    this.add(d, dcterms('title'), en(`Concluding observations of the ${body.name}: ${m.stateParty.name}`));
    this.add(d, rdfs('seeAlso'), (undocsUrl(m.symbol)));
    if (m.issuedOn) this.add(d, dcterms('issued'), date(m.issuedOn));
    if (m.adoptedOn) this.add(d, tb('adoptedOn'), date(m.adoptedOn));
    if (m.nextReport) this.add(d, tb('nextReportDue'), date(m.nextReport.due));

    const bodyNode = (this.iris.body(body.code));
    this.add(d, tb('treatyBody'), bodyNode);
    this.add(bodyNode, rdf('type'), tb('TreatyBody'));
    this.add(bodyNode, skos('notation'), plain(body.code));
    this.add(bodyNode, rdfs('label'), en(body.name));
    if (body.wikidata) this.add(bodyNode, owl('sameAs'), wd(body.wikidata));
    for (const code of body.treaties) this.add(bodyNode, tb('monitors'), this.treaty(code));

    const state = (this.iris.state(m.stateParty.iso3));
    this.add(d, tb('stateParty'), state);
    this.add(state, rdf('type'), tb('StateParty'));
    this.add(state, rdfs('label'), en(m.stateParty.name));
    this.add(state, tb('iso3166Alpha3'), plain(m.stateParty.iso3));
    if (m.stateParty.wikidata) this.add(state, owl('sameAs'), wd(m.stateParty.wikidata));

    if (m.session) {
      const s = (this.iris.session(body.code, m.session.ordinal));
      this.add(d, tb('session'), s);
      this.add(s, rdf('type'), tb('Session'));
      this.add(s, tb('treatyBody'), bodyNode);
      this.add(s, tb('ordinal'), integer(m.session.ordinal));
      this.add(s, rdfs('label'), en(`${body.code}, ${ordinalSuffix(m.session.ordinal)} session`));
      if (m.session.startDate) this.add(s, tb('startDate'), date(m.session.startDate));
      if (m.session.endDate) this.add(s, tb('endDate'), date(m.session.endDate));
      if (m.session.place) this.add(s, tb('venue'), plain(m.session.place));
    }
    if (m.reportConsidered) {
      const r = this.unDocument(m.reportConsidered.symbol);
      this.add(d, tb('considersReport'), r);
      this.add(r, rdf('type'), tb('StatePartyReport'));
      if (m.reportConsidered.ordinal !== undefined) this.add(r, tb('ordinal'), integer(m.reportConsidered.ordinal));
      if (m.reportConsidered.lastOrdinal !== undefined) this.add(r, tb('lastOrdinal'), integer(m.reportConsidered.lastOrdinal));
      if (m.reportConsidered.kind) this.add(r, tb('reportKind'), plain(m.reportConsidered.kind));
    }
    if (m.listOfIssuesReplies) this.add(d, tb('considersReplies'), this.unDocument(m.listOfIssuesReplies));
    for (const meeting of m.meetings) {
      const node = (this.iris.meeting(body.code, meeting.number));
      this.add(d, meeting.role === 'adoption' ? tb('adoptedAtMeeting') : tb('consideredAtMeeting'), node);
      this.add(node, rdf('type'), tb('Meeting'));
      this.add(node, tb('treatyBody'), bodyNode);
      this.add(node, tb('number'), integer(meeting.number));
      if (meeting.date) this.add(node, dcterms('date'), date(meeting.date));
      if (meeting.record) this.add(node, tb('summaryRecord'), this.unDocument(meeting.record));
    }
  }

  private section(label: string, title: string, anchor: Anchor): void {
    const node = this.local(`section_${label}`);
    this.add(node, rdf('type'), tb('Section'));
    this.add(node, dcterms('isPartOf'), this.doc);
    this.add(node, skos('notation'), plain(label));
    this.add(node, skos('prefLabel'), en(title));
    this.anchor(node, `section_${label}`, anchor);
  }

  private paragraph(p: Paragraph): void {
    const id = `para_${p.number}`;
    const node = this.local(id);
    this.add(node, rdf('type'), tb('Paragraph'));
    this.add(node, dcterms('isPartOf'), this.doc);
    this.add(node, tb('number'), integer(p.number));
    this.add(node, tb('text'), en(p.text));
    this.anchor(node, id, p.anchor);
    if (p.section) this.add(node, tb('section'), this.local(`section_${p.section}`));
    if (p.heading) {
      const heading = this.model.headings.find((h) => h.title === p.heading)!;
      const concept = (this.iris.heading(this.model.treatyBody, heading.key));
      const scheme = (this.iris.headingScheme(this.model.treatyBody));
      this.add(node, tb('heading'), concept);
      this.add(concept, rdf('type'), skos('Concept'));
      this.add(concept, skos('prefLabel'), en(heading.title));
      this.add(concept, skos('inScheme'), scheme);
      this.add(scheme, rdf('type'), skos('ConceptScheme'));
      this.add(scheme, rdfs('label'), en(`Subject headings of the ${this.model.treatyBody}`));
    }
    for (const article of p.articleTags) {
      this.add(node, tb('addressesArticle'), this.treatyArticle({ treaty: this.model.treaty, article, anchor: p.anchor }));
    }
    this.items(node, id, p.items);
    this.references(node, p.refs, 'paragraph');
    for (const part of p.parts) {
      const partId = `${id}__${PART_SUFFIX[part.kind]}`;
      const partNode = this.local(partId);
      this.add(node, tb('hasPart'), partNode);
      this.add(partNode, rdf('type'), PART_CLASS[part.kind]);
      this.add(partNode, tb('text'), en(part.text));
      this.anchor(partNode, partId, part.anchor);
      this.items(partNode, partId, part.items);
      this.references(partNode, part.refs, part.kind);
    }
  }

  private items(parent: string, parentId: string, items: Item[]): void {
    for (const item of items) {
      const id = `${parentId}__item_${item.label}`;
      const node = this.local(id);
      this.add(parent, tb('hasItem'), node);
      this.add(node, rdf('type'), tb('Item'));
      this.add(node, tb('label'), plain(item.label));
      this.add(node, tb('text'), en(item.text));
      this.anchor(node, id, item.anchor);
    }
  }

  private references(node: string, refs: References, kind: DeferredReiteration['fromKind']): void {
    for (const a of refs.articles) this.add(node, tb('mentionsArticle'), this.treatyArticle(a));
    for (const law of refs.laws) this.add(node, tb('citesLaw'), this.law(law));
    for (const d of refs.documents) this.add(node, tb('citesDocument'), this.unDocument(d.symbol));
    for (const r of refs.reiterations) {
      if (this.deferReiterations) {
        const deferred = { from: node, fromKind: kind, symbol: r.symbol, paragraph: r.paragraph, item: r.item };
        if (!this.deferred.some((d) => d.from === deferred.from && d.symbol === deferred.symbol && d.paragraph === deferred.paragraph && d.item === deferred.item)) {
          this.deferred.push(deferred);
        }
      } else {
        this.add(node, tb('reiterates'), this.pinpoint(r.symbol, r.paragraph, r.item));
      }
    }
    for (const i of refs.instruments) this.add(node, tb('mentionsInstrument'), this.instrument(i.id));
  }

  /** A core treaty or protocol, described from the catalogue the same way in every document. */
  private treaty(code: string): string {
    const node = (this.iris.treaty(code));
    const entry = treatyInstrument(code);
    const facts = treatyByCode(code);
    this.add(node, rdf('type'), tb('Treaty'));
    this.add(node, rdf('type'), eli('LegalResource'));
    this.add(node, skos('notation'), plain(code));
    if (entry) this.add(node, rdfs('label'), en(entry.label));
    const wikidata = facts?.wikidata ?? entry?.wikidata;
    if (wikidata) this.add(node, owl('sameAs'), wd(wikidata));
    if (facts) {
      if (facts.shortName !== facts.code) this.add(node, skos('altLabel'), en(facts.shortName));
      if (facts.parent) this.add(node, tb('protocolTo'), this.treaty(facts.parent));
    }
    return node;
  }

  private treatyArticle(ref: TreatyArticleRef): string {
    const treaty = this.treaty(ref.treaty);
    const article = (this.iris.treatyArticle(ref.treaty, ref.article));
    this.add(article, rdf('type'), tb('TreatyArticle'));
    this.add(article, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(article, eli('number'), plain(ref.article));
    this.add(article, eli('is_part_of'), treaty);
    this.add(article, rdfs('label'), en(`${ref.treaty}, article ${ref.article}`));
    if (!ref.paragraph) return article;
    const para = (this.iris.treatyArticle(ref.treaty, ref.article, ref.paragraph));
    this.add(para, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(para, eli('number'), plain(ref.paragraph));
    this.add(para, eli('is_part_of'), article);
    this.add(para, rdfs('label'), en(`${ref.treaty}, article ${ref.article} (${ref.paragraph})`));
    return para;
  }

  private law(ref: LawRef): string {
    const code = (this.iris.law(ref.jurisdiction, ref.instrumentKey));
    this.add(code, rdf('type'), eli('LegalResource'));
    this.add(code, rdfs('label'), en(ref.instrument));
    this.add(code, eli('jurisdiction'), (this.iris.state(ref.jurisdiction)));
    if (!ref.article) return code;
    const article = (this.iris.lawArticle(ref.jurisdiction, ref.instrumentKey, ref.article, ref.chapter));
    const articleLabel = `${ref.instrument}, ${ref.chapter ? `chapter ${ref.chapter}, ` : ''}article ${ref.article}`;
    this.add(article, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(article, eli('number'), plain(ref.article));
    this.add(article, eli('is_part_of'), code);
    this.add(article, rdfs('label'), en(articleLabel));
    if (ref.title) this.add(article, eli('title'), en(ref.title));
    if (!ref.part) return article;
    const kind = ref.partKind ?? 'part';
    const part = (this.iris.lawSubdivision(article, kind, ref.part));
    this.add(part, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(part, eli('number'), plain(ref.part));
    this.add(part, eli('is_part_of'), article);
    this.add(part, rdfs('label'), en(`${articleLabel}, ${kind === 'part' ? 'part' : 'paragraph'} ${ref.part}`));
    return part;
  }

  private unDocument(symbol: string): string {
    const node = (this.iris.document(symbol));
    this.add(node, rdf('type'), tb('UNDocument'));
    this.add(node, dcterms('identifier'), plain(symbol));
    this.add(node, rdfs('seeAlso'), (undocsUrl(symbol)));
    return node;
  }

  /** An earlier paragraph or item: typed by the graph of its own document, when that is loaded. */
  private pinpoint(symbol: string, paragraph: string, item: string | null): string {
    const doc = this.unDocument(symbol);
    const para = (this.iris.pinpoint(symbol, paragraph));
    this.add(para, dcterms('isPartOf'), doc);
    if (/^\d+$/.test(paragraph)) this.add(para, tb('number'), integer(Number(paragraph)));
    if (!item) return para;
    const node = (this.iris.pinpoint(symbol, paragraph, item));
    this.add(node, dcterms('isPartOf'), para);
    this.add(node, tb('label'), plain(item));
    return node;
  }

  private instrument(id: string): string {
    const node = (this.iris.instrument(id));
    const entry = instrumentById(id);
    this.add(node, rdf('type'), tb('InternationalInstrument'));
    if (entry) {
      this.add(node, rdfs('label'), en(entry.label));
      for (const name of entry.names) if (name !== entry.label) this.add(node, skos('altLabel'), en(name));
      for (const acronym of entry.acronyms ?? []) this.add(node, skos('notation'), plain(acronym));
      if (entry.wikidata) this.add(node, owl('sameAs'), wd(entry.wikidata));
    }
    return node;
  }

  private requests(): void {
    const { followUp, nextReport } = this.model;
    if (followUp) {
      const node = this.local('followup');
      this.add(node, rdf('type'), tb('FollowUpRequest'));
      this.add(node, dcterms('isPartOf'), this.doc);
      for (const n of followUp.paragraphs) this.add(node, tb('followUpOn'), this.local(`para_${n}`));
      this.add(node, tb('deadline'), followUp.deadline.startsWith('P') ? typed(followUp.deadline, xsd('duration')) : date(followUp.deadline));
      this.add(node, tb('requestedIn'), this.local(`para_${followUp.requestedIn}`));
      this.anchor(node, 'followup', followUp.anchor);
    }
    if (nextReport) {
      const node = this.local('next_report');
      this.add(node, rdf('type'), tb('NextReportRequest'));
      this.add(node, dcterms('isPartOf'), this.doc);
      if (nextReport.ordinal !== undefined) this.add(node, tb('ordinal'), integer(nextReport.ordinal));
      this.add(node, tb('deadline'), date(nextReport.due));
      this.add(node, tb('requestedIn'), this.local(`para_${nextReport.requestedIn}`));
      this.anchor(node, 'next_report', nextReport.anchor);
    }
  }

  private anchor(owner: string, ownerId: string, anchor: Anchor): void {
    const node = this.local(`${ownerId}__anchor`);
    this.add(owner, tb('anchor'), node);
    this.add(node, rdf('type'), oa('TextPositionSelector'));
    this.add(node, rdf('type'), oa('TextQuoteSelector'));
    this.add(node, oa('start'), typed(String(anchor.start), xsd('nonNegativeInteger')));
    this.add(node, oa('end'), typed(String(anchor.end), xsd('nonNegativeInteger')));
    this.add(node, oa('exact'), plain(anchor.exact));
  }
}

function date(value: string): LiteralParts {
  return typed(value, xsd('date'));
}

function integer(value: number): LiteralParts {
  return typed(String(value), xsd('integer'));
}

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
