/**
 * The document model to quads, in the named graph of the document. The
 * IRIs come from symbols and numbers (see iris.ts); nodes shared between
 * documents (a State, a code, an article) are described the same way by every
 * document that mentions them, so the union of graphs stays consistent.
 */
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { bodyByCode } from '../catalogue/bodies.js';
import { instrumentById, treatyInstrument } from '../catalogue/instruments.js';
import { treatyByCode } from '../catalogue/treaties.js';
import type { Anchor, ConcludingObservations, Item, LawRef, Paragraph, Part, References, TreatyArticleRef } from '../model.js';
import { Iris, undocsUrl } from './iris.js';
import { dcterms, DEFAULT_BASE, eli, oa, owl, rdf, rdfs, skos, tb, wd, xsd } from './vocab.js';

const { namedNode, literal, quad } = DataFactory;

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
const PART_CLASS: Record<Part['kind'], NamedNode> = {
  concern: tb('Concern'),
  recommendation: tb('Recommendation'),
  positive: tb('PositiveAspect'),
};

export function toQuads(doc: ConcludingObservations, options: MapOptions = {}): Quad[] {
  return new DocumentMapper(doc, new Iris(options.base ?? DEFAULT_BASE), false).map();
}

/**
 * The document's quads without its reiterations, which are returned apart:
 * in a corpus, a reiteration points at the very node of the cited document
 * when that document is converted too, which is known only at the end.
 */
export function toQuadsDeferringReiterations(doc: ConcludingObservations, options: MapOptions = {}): MappedDocument {
  const mapper = new DocumentMapper(doc, new Iris(options.base ?? DEFAULT_BASE), true);
  return { quads: mapper.map(), reiterations: mapper.deferred };
}

/**
 * The quads of one reiteration in the graph of the citing document: to the
 * node of the cited document when the corpus has it (`target`), else to the
 * pinpoint IRI, described as toQuads describes it ("A/56/44, para. 129 (e)"
 * is `{base}doc/A/56/44#para_129__item_e`, part of `#para_129`, part of the
 * document, which the citing paragraph's tb:citesDocument describes).
 */
export function reiterationQuads(base: string, graph: string, reiteration: DeferredReiteration, target: string | null): Quad[] {
  const iris = new Iris(base);
  const g = namedNode(graph);
  const from = namedNode(reiteration.from);
  if (target !== null) return [quad(from, tb('reiterates'), namedNode(target), g)];
  const { symbol, paragraph, item } = reiteration;
  const para = namedNode(iris.pinpoint(symbol, paragraph));
  const out = [quad(para, dcterms('isPartOf'), namedNode(iris.document(symbol)), g)];
  if (/^\d+$/.test(paragraph)) out.push(quad(para, tb('number'), integer(Number(paragraph)), g));
  if (!item) return [quad(from, tb('reiterates'), para, g), ...out];
  const node = namedNode(iris.pinpoint(symbol, paragraph, item));
  out.push(quad(node, dcterms('isPartOf'), para, g), quad(node, tb('label'), literal(item), g));
  return [quad(from, tb('reiterates'), node, g), ...out];
}

class DocumentMapper {
  private readonly quads = new Map<string, Quad>();
  private readonly graph: NamedNode;
  private readonly doc: NamedNode;
  readonly deferred: DeferredReiteration[] = [];

  constructor(
    private readonly model: ConcludingObservations,
    private readonly iris: Iris,
    private readonly deferReiterations: boolean,
  ) {
    this.doc = namedNode(iris.document(model.symbol));
    this.graph = this.doc;
  }

  map(): Quad[] {
    this.document();
    this.model.sections.forEach((s) => this.section(s.label, s.title, s.anchor));
    this.model.paragraphs.forEach((p) => this.paragraph(p));
    this.requests();
    return [...this.quads.values()];
  }

  private add(subject: NamedNode, predicate: NamedNode, object: Quad_Object): void {
    const q = quad(subject, predicate, object, this.graph);
    const key = `${subject.value} ${predicate.value} ${object.termType}:${object.value}:${object.termType === 'Literal' ? `${object.language}^${object.datatype.value}` : ''}`;
    if (!this.quads.has(key)) this.quads.set(key, q);
  }

  private local(fragment: string): NamedNode {
    return namedNode(`${this.doc.value}#${fragment}`);
  }

  private document(): void {
    const m = this.model;
    const body = bodyByCode(m.treatyBody)!;
    const d = this.doc;
    this.add(d, rdf('type'), tb('ConcludingObservations'));
    this.add(d, rdf('type'), tb('UNDocument'));
    this.add(d, dcterms('identifier'), literal(m.symbol));
    this.add(d, dcterms('title'), literal(`Concluding observations of the ${body.name}: ${m.stateParty.name}`, 'en'));
    this.add(d, rdfs('seeAlso'), namedNode(undocsUrl(m.symbol)));
    if (m.issuedOn) this.add(d, dcterms('issued'), date(m.issuedOn));
    if (m.adoptedOn) this.add(d, tb('adoptedOn'), date(m.adoptedOn));
    if (m.nextReport) this.add(d, tb('nextReportDue'), date(m.nextReport.due));

    const bodyNode = namedNode(this.iris.body(body.code));
    this.add(d, tb('treatyBody'), bodyNode);
    this.add(bodyNode, rdf('type'), tb('TreatyBody'));
    this.add(bodyNode, skos('notation'), literal(body.code));
    this.add(bodyNode, rdfs('label'), literal(body.name, 'en'));
    if (body.wikidata) this.add(bodyNode, owl('sameAs'), wd(body.wikidata));
    for (const code of body.treaties) this.add(bodyNode, tb('monitors'), this.treaty(code));

    const state = namedNode(this.iris.state(m.stateParty.iso3));
    this.add(d, tb('stateParty'), state);
    this.add(state, rdf('type'), tb('StateParty'));
    this.add(state, rdfs('label'), literal(m.stateParty.name, 'en'));
    this.add(state, tb('iso3166Alpha3'), literal(m.stateParty.iso3));
    if (m.stateParty.wikidata) this.add(state, owl('sameAs'), wd(m.stateParty.wikidata));

    if (m.session) {
      const s = namedNode(this.iris.session(body.code, m.session.ordinal));
      this.add(d, tb('session'), s);
      this.add(s, rdf('type'), tb('Session'));
      this.add(s, tb('treatyBody'), bodyNode);
      this.add(s, tb('ordinal'), integer(m.session.ordinal));
      this.add(s, rdfs('label'), literal(`${body.code}, ${ordinalSuffix(m.session.ordinal)} session`, 'en'));
      if (m.session.startDate) this.add(s, tb('startDate'), date(m.session.startDate));
      if (m.session.endDate) this.add(s, tb('endDate'), date(m.session.endDate));
      if (m.session.place) this.add(s, tb('venue'), literal(m.session.place));
    }
    if (m.reportConsidered) {
      const r = this.unDocument(m.reportConsidered.symbol);
      this.add(d, tb('considersReport'), r);
      this.add(r, rdf('type'), tb('StatePartyReport'));
      if (m.reportConsidered.ordinal !== undefined) this.add(r, tb('ordinal'), integer(m.reportConsidered.ordinal));
      if (m.reportConsidered.lastOrdinal !== undefined) this.add(r, tb('lastOrdinal'), integer(m.reportConsidered.lastOrdinal));
      if (m.reportConsidered.kind) this.add(r, tb('reportKind'), literal(m.reportConsidered.kind));
    }
    if (m.listOfIssuesReplies) this.add(d, tb('considersReplies'), this.unDocument(m.listOfIssuesReplies));
    for (const meeting of m.meetings) {
      const node = namedNode(this.iris.meeting(body.code, meeting.number));
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
    this.add(node, skos('notation'), literal(label));
    this.add(node, skos('prefLabel'), literal(title, 'en'));
    this.anchor(node, `section_${label}`, anchor);
  }

  private paragraph(p: Paragraph): void {
    const id = `para_${p.number}`;
    const node = this.local(id);
    this.add(node, rdf('type'), tb('Paragraph'));
    this.add(node, dcterms('isPartOf'), this.doc);
    this.add(node, tb('number'), integer(p.number));
    this.add(node, tb('text'), literal(p.text, 'en'));
    this.anchor(node, id, p.anchor);
    if (p.section) this.add(node, tb('section'), this.local(`section_${p.section}`));
    if (p.heading) {
      const heading = this.model.headings.find((h) => h.title === p.heading)!;
      const concept = namedNode(this.iris.heading(this.model.treatyBody, heading.key));
      const scheme = namedNode(this.iris.headingScheme(this.model.treatyBody));
      this.add(node, tb('heading'), concept);
      this.add(concept, rdf('type'), skos('Concept'));
      this.add(concept, skos('prefLabel'), literal(heading.title, 'en'));
      this.add(concept, skos('inScheme'), scheme);
      this.add(scheme, rdf('type'), skos('ConceptScheme'));
      this.add(scheme, rdfs('label'), literal(`Subject headings of the ${this.model.treatyBody}`, 'en'));
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
      this.add(partNode, tb('text'), literal(part.text, 'en'));
      this.anchor(partNode, partId, part.anchor);
      this.items(partNode, partId, part.items);
      this.references(partNode, part.refs, part.kind);
    }
  }

  private items(parent: NamedNode, parentId: string, items: Item[]): void {
    for (const item of items) {
      const id = `${parentId}__item_${item.label}`;
      const node = this.local(id);
      this.add(parent, tb('hasItem'), node);
      this.add(node, rdf('type'), tb('Item'));
      this.add(node, tb('label'), literal(item.label));
      this.add(node, tb('text'), literal(item.text, 'en'));
      this.anchor(node, id, item.anchor);
    }
  }

  private references(node: NamedNode, refs: References, kind: DeferredReiteration['fromKind']): void {
    for (const a of refs.articles) this.add(node, tb('mentionsArticle'), this.treatyArticle(a));
    for (const law of refs.laws) this.add(node, tb('citesLaw'), this.law(law));
    for (const d of refs.documents) this.add(node, tb('citesDocument'), this.unDocument(d.symbol));
    for (const r of refs.reiterations) {
      if (this.deferReiterations) {
        const deferred = { from: node.value, fromKind: kind, symbol: r.symbol, paragraph: r.paragraph, item: r.item };
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
  private treaty(code: string): NamedNode {
    const node = namedNode(this.iris.treaty(code));
    const entry = treatyInstrument(code);
    const facts = treatyByCode(code);
    this.add(node, rdf('type'), tb('Treaty'));
    this.add(node, rdf('type'), eli('LegalResource'));
    this.add(node, skos('notation'), literal(code));
    if (entry) this.add(node, rdfs('label'), literal(entry.label, 'en'));
    const wikidata = facts?.wikidata ?? entry?.wikidata;
    if (wikidata) this.add(node, owl('sameAs'), wd(wikidata));
    if (facts) {
      if (facts.shortName !== facts.code) this.add(node, skos('altLabel'), literal(facts.shortName, 'en'));
      if (facts.parent) this.add(node, tb('protocolTo'), this.treaty(facts.parent));
    }
    return node;
  }

  private treatyArticle(ref: TreatyArticleRef): NamedNode {
    const treaty = this.treaty(ref.treaty);
    const article = namedNode(this.iris.treatyArticle(ref.treaty, ref.article));
    this.add(article, rdf('type'), tb('TreatyArticle'));
    this.add(article, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(article, eli('number'), literal(ref.article));
    this.add(article, eli('is_part_of'), treaty);
    this.add(article, rdfs('label'), literal(`${ref.treaty}, article ${ref.article}`, 'en'));
    if (!ref.paragraph) return article;
    const para = namedNode(this.iris.treatyArticle(ref.treaty, ref.article, ref.paragraph));
    this.add(para, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(para, eli('number'), literal(ref.paragraph));
    this.add(para, eli('is_part_of'), article);
    this.add(para, rdfs('label'), literal(`${ref.treaty}, article ${ref.article} (${ref.paragraph})`, 'en'));
    return para;
  }

  private law(ref: LawRef): NamedNode {
    const code = namedNode(this.iris.law(ref.jurisdiction, ref.instrumentKey));
    this.add(code, rdf('type'), eli('LegalResource'));
    this.add(code, rdfs('label'), literal(ref.instrument, 'en'));
    this.add(code, eli('jurisdiction'), namedNode(this.iris.state(ref.jurisdiction)));
    if (!ref.article) return code;
    const article = namedNode(this.iris.lawArticle(ref.jurisdiction, ref.instrumentKey, ref.article, ref.chapter));
    const articleLabel = `${ref.instrument}, ${ref.chapter ? `chapter ${ref.chapter}, ` : ''}article ${ref.article}`;
    this.add(article, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(article, eli('number'), literal(ref.article));
    this.add(article, eli('is_part_of'), code);
    this.add(article, rdfs('label'), literal(articleLabel, 'en'));
    if (ref.title) this.add(article, eli('title'), literal(ref.title, 'en'));
    if (!ref.part) return article;
    const kind = ref.partKind ?? 'part';
    const part = namedNode(this.iris.lawSubdivision(article.value, kind, ref.part));
    this.add(part, rdf('type'), eli('LegalResourceSubdivision'));
    this.add(part, eli('number'), literal(ref.part));
    this.add(part, eli('is_part_of'), article);
    this.add(part, rdfs('label'), literal(`${articleLabel}, ${kind === 'part' ? 'part' : 'paragraph'} ${ref.part}`, 'en'));
    return part;
  }

  private unDocument(symbol: string): NamedNode {
    const node = namedNode(this.iris.document(symbol));
    this.add(node, rdf('type'), tb('UNDocument'));
    this.add(node, dcterms('identifier'), literal(symbol));
    this.add(node, rdfs('seeAlso'), namedNode(undocsUrl(symbol)));
    return node;
  }

  /** An earlier paragraph or item: typed by the graph of its own document, when that is loaded. */
  private pinpoint(symbol: string, paragraph: string, item: string | null): NamedNode {
    const doc = this.unDocument(symbol);
    const para = namedNode(this.iris.pinpoint(symbol, paragraph));
    this.add(para, dcterms('isPartOf'), doc);
    if (/^\d+$/.test(paragraph)) this.add(para, tb('number'), integer(Number(paragraph)));
    if (!item) return para;
    const node = namedNode(this.iris.pinpoint(symbol, paragraph, item));
    this.add(node, dcterms('isPartOf'), para);
    this.add(node, tb('label'), literal(item));
    return node;
  }

  private instrument(id: string): NamedNode {
    const node = namedNode(this.iris.instrument(id));
    const entry = instrumentById(id);
    this.add(node, rdf('type'), tb('InternationalInstrument'));
    if (entry) {
      this.add(node, rdfs('label'), literal(entry.label, 'en'));
      for (const name of entry.names) if (name !== entry.label) this.add(node, skos('altLabel'), literal(name, 'en'));
      for (const acronym of entry.acronyms ?? []) this.add(node, skos('notation'), literal(acronym));
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
      this.add(node, tb('deadline'), followUp.deadline.startsWith('P') ? literal(followUp.deadline, xsd('duration')) : date(followUp.deadline));
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

  private anchor(owner: NamedNode, ownerId: string, anchor: Anchor): void {
    const node = this.local(`${ownerId}__anchor`);
    this.add(owner, tb('anchor'), node);
    this.add(node, rdf('type'), oa('TextPositionSelector'));
    this.add(node, rdf('type'), oa('TextQuoteSelector'));
    this.add(node, oa('start'), literal(String(anchor.start), xsd('nonNegativeInteger')));
    this.add(node, oa('end'), literal(String(anchor.end), xsd('nonNegativeInteger')));
    this.add(node, oa('exact'), literal(anchor.exact));
  }
}

function date(value: string) {
  return literal(value, xsd('date'));
}

function integer(value: number) {
  return literal(String(value), xsd('integer'));
}

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
