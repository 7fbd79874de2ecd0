/** The body of each kind of page: a document with its paragraphs, any other resource, the site's front page. */
import { NS } from '../rdf/vocab.js';
import { compareCodePoints } from '../serialize/order.js';
import { Description, naturalCompare, RDF_TYPE } from './description.js';
import { esc } from './html.js';
import type { Renderer } from './render.js';

const TB = NS.tb;
const P = {
  number: `${TB}number`,
  text: `${TB}text`,
  label: `${TB}label`,
  section: `${TB}section`,
  heading: `${TB}heading`,
  hasPart: `${TB}hasPart`,
  hasItem: `${TB}hasItem`,
  anchor: `${TB}anchor`,
  addressesArticle: `${TB}addressesArticle`,
  followUpOn: `${TB}followUpOn`,
  deadline: `${TB}deadline`,
  requestedIn: `${TB}requestedIn`,
  isPartOf: `${NS.dcterms}isPartOf`,
  title: `${NS.dcterms}title`,
  identifier: `${NS.dcterms}identifier`,
  notation: `${NS.skos}notation`,
  prefLabel: `${NS.skos}prefLabel`,
  eliNumber: `${NS.eli}number`,
  oaStart: `${NS.oa}start`,
};

/** The references a part (or a paragraph without parts) makes, in the order a reader wants them. */
const REFERENCES: [string, string][] = [
  [`${TB}citesLaw`, 'Domestic law'],
  [`${TB}reiterates`, 'Reiterates'],
  [`${TB}citesDocument`, 'UN documents'],
  [`${TB}mentionsArticle`, 'Convention provisions'],
  [`${TB}mentionsInstrument`, 'Instruments'],
];

/** Headings for what points at a resource, by the property that points. */
const INCOMING_HEADINGS: Record<string, string> = {
  [`${TB}stateParty`]: 'Concluding observations on this State',
  [`${TB}treatyBody`]: 'Documents of this treaty body',
  [`${TB}addressesArticle`]: 'Paragraphs that address this article',
  [`${TB}mentionsArticle`]: 'Parts that mention this provision',
  [`${TB}citesLaw`]: 'Parts that cite this provision',
  [`${TB}citesDocument`]: 'Parts that cite this document',
  [`${TB}reiterates`]: 'Reiterated by',
  [`${TB}mentionsInstrument`]: 'Parts that mention this instrument',
  [`${NS.eli}is_part_of`]: 'Subdivisions',
  [`${NS.eli}jurisdiction`]: 'Laws of this jurisdiction',
  [`${TB}heading`]: 'Paragraphs under this heading',
  [`${TB}session`]: 'Documents adopted at this session',
  [`${TB}considersReport`]: 'Considered in',
  [`${TB}monitors`]: 'Monitored by',
  [`${NS.skos}inScheme`]: 'Concepts',
};

function numberOf(d: Description, subject: string): number {
  const n = Number(d.literal(subject, P.number));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

function startOf(d: Description, subject: string): number {
  const anchor = d.iris(subject, P.anchor)[0];
  const start = anchor ? Number(d.literal(anchor, P.oaStart)) : NaN;
  return Number.isFinite(start) ? start : Number.MAX_SAFE_INTEGER;
}

function fragmentId(iri: string): string | undefined {
  const hash = iri.indexOf('#');
  return hash < 0 ? undefined : iri.slice(hash + 1);
}

function idAttribute(iri: string): string {
  const id = fragmentId(iri);
  return id === undefined ? '' : ` id="${esc(id)}"`;
}

function deadlineText(value: string): string {
  const m = /^P(\d+)([YMD])$/.exec(value);
  if (m) {
    const unit = { Y: 'year', M: 'month', D: 'day' }[m[2] as 'Y' | 'M' | 'D'];
    return `within ${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `by ${value}` : value;
}

export function documentBody(doc: string, d: Description, r: Renderer): { title: string; body: string } {
  const symbol = d.literal(doc, P.identifier) ?? r.label(doc);
  const title = d.literal(doc, P.title) ?? `Concluding observations ${symbol}`;
  const out: string[] = [];
  out.push(`<h1>${esc(title)}</h1>`);
  out.push(`<p class="iri">${esc(doc)}</p>`);
  out.push(r.propertyRows(d, doc, new Set([P.title])));

  const followUp = new Map<string, string>();
  const requests = [...d.out.keys()].filter((s) => s.startsWith(`${doc}#`) && d.out.get(s)!.has(P.requestedIn)).sort((a, b) => startOf(d, a) - startOf(d, b) || compareCodePoints(a, b));
  for (const request of requests) {
    const deadline = d.literal(request, P.deadline);
    for (const para of d.iris(request, P.followUpOn)) followUp.set(para, deadline ? deadlineText(deadline) : '');
  }

  const paragraphs = d
    .subjectsOfType(`${TB}Paragraph`)
    .filter((p) => d.iris(p, P.isPartOf).includes(doc))
    .sort((a, b) => numberOf(d, a) - numberOf(d, b) || compareCodePoints(a, b));
  let section: string | undefined;
  let heading: string | undefined;
  for (const para of paragraphs) {
    const paraSection = d.iris(para, P.section)[0];
    if (paraSection !== section && paraSection !== undefined) {
      section = paraSection;
      heading = undefined;
      const notation = d.literal(paraSection, P.notation);
      const label = d.literal(paraSection, P.prefLabel) ?? '';
      out.push(`<h2${idAttribute(paraSection)}>${esc([notation ? `${notation}.` : '', label].filter(Boolean).join(' '))}</h2>`);
    }
    const paraHeading = d.iris(para, P.heading)[0];
    if (paraHeading !== heading && paraHeading !== undefined) {
      heading = paraHeading;
      out.push(`<h3>${r.link(paraHeading)}</h3>`);
    }
    out.push(paragraphBlock(para, d, r, doc, followUp.get(para)));
  }

  if (requests.length > 0) {
    out.push('<h2>Requests</h2>');
    for (const request of requests) {
      out.push(`<section class="request"${idAttribute(request)}>`);
      out.push(`<h3>${esc(r.typeLabel(d.iris(request, RDF_TYPE)[0] ?? '') || r.label(request))}</h3>`);
      out.push(r.propertyRows(d, request, new Set([RDF_TYPE, P.anchor])));
      out.push('</section>');
    }
  }
  return { title: `${symbol}: ${title}`, body: out.filter(Boolean).join('\n') };
}

function paragraphBlock(para: string, d: Description, r: Renderer, doc: string, followUp: string | undefined): string {
  const number = d.literal(para, P.number) ?? '';
  const tags = d
    .iris(para, P.addressesArticle)
    .sort(naturalCompare)
    .map((a) => r.link(a, `art. ${d.literal(a, P.eliNumber) ?? r.label(a)}`));
  const head = [
    `<span class="number">${esc(number)}.</span>`,
    followUp !== undefined ? `<span class="followup">follow-up ${esc(followUp)}</span>` : '',
    tags.length ? `<span class="tags">Articles: ${tags.join(', ')}</span>` : '',
  ].filter(Boolean);
  const out = [`<section class="paragraph"${idAttribute(para)}>`, `<p class="head">${head.join(' ')}</p>`];
  const parts = d.iris(para, P.hasPart).sort((a, b) => startOf(d, a) - startOf(d, b) || compareCodePoints(a, b));
  if (parts.length === 0) {
    out.push(textWithItems(para, d, r));
    out.push(referenceList(para, d, r));
  }
  for (const part of parts) {
    const kind = d.hasType(part, `${TB}Recommendation`) ? ['recommendation', 'Recommendation'] : d.hasType(part, `${TB}Concern`) ? ['concern', 'Concern'] : d.hasType(part, `${TB}PositiveAspect`) ? ['positive', 'Positive aspect'] : ['other', r.label(part)];
    out.push(`<div class="part ${kind[0]}"${idAttribute(part)}>`);
    out.push(textWithItems(part, d, r, `<span class="kind">${esc(kind[1]!)}</span>`));
    out.push(referenceList(part, d, r));
    out.push('</div>');
  }
  out.push(incomingFromElsewhere([para, ...parts], d, r, doc));
  out.push('</section>');
  return out.filter(Boolean).join('\n');
}

/** A text with its lettered items as a list: the lead before "(a)", the items, and what follows the last. */
function textWithItems(subject: string, d: Description, r: Renderer, badge = ''): string {
  const text = d.literal(subject, P.text) ?? '';
  const items = d.iris(subject, P.hasItem).sort((a, b) => startOf(d, a) - startOf(d, b) || compareCodePoints(a, b));
  const lead = badge ? `${badge} ` : '';
  if (items.length === 0) return `<p>${lead}${esc(text)}</p>`;
  const itemTexts = items.map((i) => d.literal(i, P.text) ?? '');
  const first = text.indexOf(itemTexts[0]!);
  let position = first;
  for (const itemText of itemTexts) {
    const at = itemText ? text.indexOf(itemText, position) : -1;
    if (at < 0) position = -1;
    if (position < 0) break;
    position = at + itemText.length;
  }
  const list = items.map((item, i) => {
    const label = d.literal(item, P.label) ?? '';
    const itemRefs = referenceList(item, d, r);
    return `<li${idAttribute(item)} value="${esc(String(i + 1))}"><span class="label">(${esc(label)})</span> ${esc(itemTexts[i]!)}${itemRefs ? `\n${itemRefs}` : ''}</li>`;
  });
  if (first < 0 || position < 0) {
    // The items cannot be placed in the text: the text whole, the items after it.
    return `<p>${lead}${esc(text)}</p>\n<ol class="items">\n${list.join('\n')}\n</ol>`;
  }
  const before = text.slice(0, first).replace(/\(\s*[a-z]{1,4}\s*\)\s*$/i, '').trim();
  const after = text.slice(position).trim();
  return [`<p>${lead}${esc(before)}</p>`, `<ol class="items">\n${list.join('\n')}\n</ol>`, after ? `<p>${esc(after)}</p>` : ''].filter(Boolean).join('\n');
}

function referenceList(subject: string, d: Description, r: Renderer): string {
  const rows: string[] = [];
  for (const [predicate, title] of REFERENCES) {
    const targets = d.iris(subject, predicate).sort(naturalCompare);
    if (targets.length) rows.push(`<li>${r.predicate(predicate).replace(/>[^<]*<\/a>$/, `>${esc(title)}</a>`)}: ${targets.map((t) => r.link(t)).join(', ')}</li>`);
  }
  return rows.length ? `<ul class="refs">\n${rows.join('\n')}\n</ul>` : '';
}

/** What other documents say about these nodes (a later document that reiterates this paragraph, say). */
function incomingFromElsewhere(subjects: string[], d: Description, r: Renderer, doc: string): string {
  const rows: string[] = [];
  for (const subject of subjects) {
    for (const { subject: from, predicate } of d.incoming.get(subject) ?? []) {
      if (from === doc || from.startsWith(`${doc}#`)) continue;
      rows.push(`<li>${esc(INCOMING_HEADINGS[predicate] ?? r.compact(predicate))}: ${r.link(from)}</li>`);
    }
  }
  return rows.length ? `<ul class="refs incoming">\n${rows.join('\n')}\n</ul>` : '';
}

/** Any other resource: each node of the page (the IRI and its fragments), what it says and what points at it. */
export function resourceBody(page: string, d: Description, r: Renderer): { title: string; body: string } {
  const subjects = new Set<string>([page]);
  for (const s of d.out.keys()) if (s.startsWith(`${page}#`)) subjects.add(s);
  for (const o of d.incoming.keys()) if (o.startsWith(`${page}#`)) subjects.add(o);
  const ordered = [...subjects].sort((a, b) => (a === page ? -1 : b === page ? 1 : compareCodePoints(a, b)));
  const types = d.types(page).map((t) => r.typeLabel(t));
  const label = r.label(page);
  const out: string[] = [];
  for (const subject of ordered) {
    const main = subject === page;
    const subjectTypes = d.types(subject).map((t) => r.typeLabel(t));
    out.push(`<section class="resource"${idAttribute(subject)}>`);
    out.push(main ? `<h1>${esc(label)}</h1>` : `<h2>${esc(r.label(subject))}</h2>`);
    out.push(`<p class="iri">${esc(subject)}${subjectTypes.length ? ` · ${esc(subjectTypes.join(', '))}` : ''}</p>`);
    out.push(r.propertyRows(d, subject, new Set([RDF_TYPE])));
    const byPredicate = new Map<string, string[]>();
    for (const { subject: from, predicate } of d.incoming.get(subject) ?? []) {
      if (from === subject) continue;
      let list = byPredicate.get(predicate);
      if (!list) byPredicate.set(predicate, (list = []));
      if (!list.includes(from)) list.push(from);
    }
    for (const predicate of [...byPredicate.keys()].sort(compareCodePoints)) {
      const heading = INCOMING_HEADINGS[predicate] ?? `Has this as ${r.compact(predicate)}`;
      const items = byPredicate.get(predicate)!.map((from) => `<li>${r.link(from)}</li>`);
      out.push(`<h3>${esc(heading)}</h3>\n<ul>\n${items.join('\n')}\n</ul>`);
    }
    out.push('</section>');
  }
  return { title: types.length ? `${label} (${types.join(', ')})` : label, body: out.filter(Boolean).join('\n') };
}
