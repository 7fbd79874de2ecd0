/**
 * A small but complete graph of one document, written by hand after
 * docs/graph.md: every class and property the converter emits occurs here.
 */
import { Parser } from 'n3';
import type { Quad } from 'n3';

export const BASE = 'https://w3id.org/tbkg/';
export const DOC = `${BASE}doc/CAT/C/KAZ/CO/2`;

/** A selector whose oa:end - oa:start is the length of oa:exact in code points, as the converter writes it. */
function anchor(owner: string, start: number, exact: string): string {
  const end = start + [...exact].length;
  return `d:${owner}__anchor a oa:TextPositionSelector, oa:TextQuoteSelector ;
  oa:start "${start}"^^xsd:nonNegativeInteger ; oa:end "${end}"^^xsd:nonNegativeInteger ;
  oa:exact ${JSON.stringify(exact)} .`;
}

export const SAMPLE_TURTLE = `
@prefix tb: <https://w3id.org/tbkg/ontology#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix d: <${DOC}#> .

<${DOC}> a tb:ConcludingObservations ;
  dcterms:identifier "CAT/C/KAZ/CO/2" ;
  dcterms:title "Concluding observations of the Committee against Torture: Kazakhstan"@en ;
  rdfs:seeAlso <https://undocs.org/CAT/C/KAZ/CO/2> ;
  tb:treatyBody <${BASE}body/CAT> ;
  tb:stateParty <${BASE}state/KAZ> ;
  tb:session <${BASE}body/CAT/session/41> ;
  tb:considersReport <${BASE}doc/CAT/C/KAZ/2> ;
  tb:considersReplies <${BASE}doc/CAT/C/KAZ/Q/2/Add.1> ;
  tb:consideredAtMeeting <${BASE}body/CAT/meeting/842>, <${BASE}body/CAT/meeting/845> ;
  tb:adoptedAtMeeting <${BASE}body/CAT/meeting/858> ;
  tb:adoptedOn "2008-11-18"^^xsd:date ;
  tb:nextReportDue "2012-11-21"^^xsd:date ;
  dcterms:issued "2008-12-12"^^xsd:date .

<${BASE}body/CAT> a tb:TreatyBody ; skos:notation "CAT" ; rdfs:label "Committee against Torture"@en ;
  tb:monitors <${BASE}treaty/CAT> .
<${BASE}treaty/CAT> a tb:Treaty, eli:LegalResource ; skos:notation "CAT" ;
  rdfs:label "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"@en ;
  owl:sameAs wd:Q1065329 .
<${BASE}state/KAZ> a tb:StateParty ; rdfs:label "Kazakhstan"@en ; tb:iso3166Alpha3 "KAZ" ; owl:sameAs wd:Q232 .
<${BASE}body/CAT/session/41> a tb:Session ; tb:treatyBody <${BASE}body/CAT> ; tb:ordinal 41 ;
  tb:startDate "2008-11-03"^^xsd:date ; tb:endDate "2008-11-21"^^xsd:date ; tb:venue "Geneva" ;
  rdfs:label "CAT, 41st session"@en .
<${BASE}body/CAT/meeting/842> a tb:Meeting ; tb:treatyBody <${BASE}body/CAT> ; tb:number 842 ;
  dcterms:date "2008-11-06"^^xsd:date ; tb:summaryRecord <${BASE}doc/CAT/C/SR.842> .
<${BASE}body/CAT/meeting/845> a tb:Meeting ; tb:treatyBody <${BASE}body/CAT> ; tb:number 845 ;
  dcterms:date "2008-11-07"^^xsd:date ; tb:summaryRecord <${BASE}doc/CAT/C/SR.845> .
<${BASE}body/CAT/meeting/858> a tb:Meeting ; tb:treatyBody <${BASE}body/CAT> ; tb:number 858 ;
  dcterms:date "2008-11-18"^^xsd:date ; tb:summaryRecord <${BASE}doc/CAT/C/SR.858> .
<${BASE}doc/CAT/C/KAZ/2> a tb:StatePartyReport, tb:UNDocument ; dcterms:identifier "CAT/C/KAZ/2" ;
  tb:ordinal 2 ; tb:reportKind "periodic" ; rdfs:seeAlso <https://undocs.org/CAT/C/KAZ/2> .
<${BASE}doc/CAT/C/SR.842> a tb:UNDocument ; dcterms:identifier "CAT/C/SR.842" ;
  rdfs:seeAlso <https://undocs.org/CAT/C/SR.842> .
<${BASE}doc/CAT/C/SR.845> a tb:UNDocument ; dcterms:identifier "CAT/C/SR.845" ;
  rdfs:seeAlso <https://undocs.org/CAT/C/SR.845> .
<${BASE}doc/CAT/C/SR.858> a tb:UNDocument ; dcterms:identifier "CAT/C/SR.858" ;
  rdfs:seeAlso <https://undocs.org/CAT/C/SR.858> .

d:section_B a tb:Section ; dcterms:isPartOf <${DOC}> ; skos:notation "B" ;
  skos:prefLabel "Positive aspects"@en ; tb:anchor d:section_B__anchor .
d:section_C a tb:Section ; dcterms:isPartOf <${DOC}> ; skos:notation "C" ;
  skos:prefLabel "Principal subjects of concern and recommendations"@en ; tb:anchor d:section_C__anchor .
<${BASE}body/CAT/heading/torture-and-ill-treatment> a skos:Concept ;
  skos:prefLabel "Torture and ill-treatment"@en ; skos:inScheme <${BASE}body/CAT/headings> .
<${BASE}body/CAT/heading/appropriate-penalties> a skos:Concept ;
  skos:prefLabel "Appropriate penalties"@en ; skos:inScheme <${BASE}body/CAT/headings> .
<${BASE}body/CAT/headings> a skos:ConceptScheme ; rdfs:label "Subject headings of the CAT"@en .

d:para_3 a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number 3 ; tb:section d:section_B ;
  tb:text "The Committee welcomes the recent ratification of the following international instruments: (a) The Optional Protocol to the Convention against Torture;"@en ;
  tb:hasPart d:para_3__positive ; tb:anchor d:para_3__anchor .
d:para_3__positive a tb:PositiveAspect ;
  tb:text "The Committee welcomes the recent ratification of the following international instruments: (a) The Optional Protocol to the Convention against Torture;"@en ;
  tb:hasItem d:para_3__positive__item_a ;
  tb:mentionsInstrument <${BASE}instrument/opcat> ; tb:mentionsArticle <${BASE}treaty/CAT/art_21> ;
  tb:anchor d:para_3__positive__anchor .
d:para_3__positive__item_a a tb:Item ; tb:label "a" ;
  tb:text "The Optional Protocol to the Convention against Torture;"@en ; tb:anchor d:para_3__positive__item_a__anchor .

d:para_7 a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number 7 ;
  tb:section d:section_C ; tb:heading <${BASE}body/CAT/heading/torture-and-ill-treatment> ;
  tb:text "The Committee is concerned about consistent allegations concerning the frequent use of torture and ill-treatment (arts. 2, 11 and 12). The State party should apply a zero-tolerance approach, in particular: (a) Publicly and unambiguously condemn practices of torture in all its forms; (b) Establish and promote an effective mechanism for receiving complaints of sexual violence."@en ;
  tb:addressesArticle <${BASE}treaty/CAT/art_2>, <${BASE}treaty/CAT/art_11>, <${BASE}treaty/CAT/art_12> ;
  tb:hasPart d:para_7__concern, d:para_7__rec ;
  tb:anchor d:para_7__anchor .
d:para_7__concern a tb:Concern ;
  tb:text "The Committee is concerned about consistent allegations concerning the frequent use of torture and ill-treatment (arts. 2, 11 and 12)."@en ;
  tb:citesDocument <${BASE}doc/E/CN.4/2005/60/Add.2> ;
  tb:anchor d:para_7__concern__anchor .
d:para_7__rec a tb:Recommendation ;
  tb:text "The State party should apply a zero-tolerance approach, in particular: (a) Publicly and unambiguously condemn practices of torture in all its forms; (b) Establish and promote an effective mechanism for receiving complaints of sexual violence."@en ;
  tb:hasItem d:para_7__rec__item_a, d:para_7__rec__item_b ;
  tb:anchor d:para_7__rec__anchor .
d:para_7__rec__item_a a tb:Item ; tb:label "a" ;
  tb:text "Publicly and unambiguously condemn practices of torture in all its forms;"@en ;
  tb:anchor d:para_7__rec__item_a__anchor .
d:para_7__rec__item_b a tb:Item ; tb:label "b" ;
  tb:text "Establish and promote an effective mechanism for receiving complaints of sexual violence."@en ;
  tb:anchor d:para_7__rec__item_b__anchor .

d:para_17 a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number 17 ;
  tb:section d:section_C ; tb:heading <${BASE}body/CAT/heading/appropriate-penalties> ;
  tb:text "The Committee expresses concern that sentences of those convicted under Part 1 of article 347-1 of the Criminal Code are not commensurate with the gravity of the offence (art. 4). The State party should amend Part 1 of article 347-1 of the Criminal Code, as already recommended (A/56/44, para. 129 (e)), in line with article 5, paragraph 2, and with the Rome Statute: (a) Suspend suspected perpetrators."@en ;
  tb:addressesArticle <${BASE}treaty/CAT/art_4> ;
  tb:hasPart d:para_17__concern, d:para_17__rec ;
  tb:anchor d:para_17__anchor .
d:para_17__concern a tb:Concern ;
  tb:text "The Committee expresses concern that sentences of those convicted under Part 1 of article 347-1 of the Criminal Code are not commensurate with the gravity of the offence (art. 4)."@en ;
  tb:citesLaw <${BASE}law/KAZ/criminal-code/art_347-1__part_1> ;
  tb:anchor d:para_17__concern__anchor .
d:para_17__rec a tb:Recommendation ;
  tb:text "The State party should amend Part 1 of article 347-1 of the Criminal Code, as already recommended (A/56/44, para. 129 (e)), in line with article 5, paragraph 2, and with the Rome Statute: (a) Suspend suspected perpetrators."@en ;
  tb:citesLaw <${BASE}law/KAZ/criminal-code/art_347-1__part_1> ;
  tb:citesDocument <${BASE}doc/A/56/44> ;
  tb:reiterates <${BASE}doc/A/56/44#para_129__item_e> ;
  tb:mentionsArticle <${BASE}treaty/CAT/art_5__para_2> ;
  tb:mentionsInstrument <${BASE}instrument/rome-statute> ;
  tb:hasItem d:para_17__rec__item_a ;
  tb:anchor d:para_17__rec__anchor .
d:para_17__rec__item_a a tb:Item ; tb:label "a" ;
  tb:text "Suspend suspected perpetrators."@en ; tb:anchor d:para_17__rec__item_a__anchor .

d:para_36 a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number 36 ;
  tb:text "The Committee requests the State party to provide, within one year, information on its response to the Committee's recommendations contained in paragraphs 7 and 17 above."@en ;
  tb:anchor d:para_36__anchor .
d:para_37 a tb:Paragraph ; dcterms:isPartOf <${DOC}> ; tb:number 37 ;
  tb:text "The State party is invited to submit its next periodic report, which will be considered as its third periodic report, by 21 November 2012."@en ;
  tb:anchor d:para_37__anchor .

<${BASE}treaty/CAT/art_2> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "2" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 2"@en .
<${BASE}treaty/CAT/art_4> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "4" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 4"@en .
<${BASE}treaty/CAT/art_5> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "5" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 5"@en .
<${BASE}treaty/CAT/art_11> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "11" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 11"@en .
<${BASE}treaty/CAT/art_12> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "12" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 12"@en .
<${BASE}treaty/CAT/art_21> a tb:TreatyArticle, eli:LegalResourceSubdivision ; eli:number "21" ;
  eli:is_part_of <${BASE}treaty/CAT> ; rdfs:label "CAT, article 21"@en .
<${BASE}treaty/CAT/art_5__para_2> a eli:LegalResourceSubdivision ; eli:number "2" ;
  eli:is_part_of <${BASE}treaty/CAT/art_5> ; rdfs:label "CAT, article 5 (2)"@en .

<${BASE}law/KAZ/criminal-code> a eli:LegalResource ; rdfs:label "Criminal Code"@en ;
  eli:jurisdiction <${BASE}state/KAZ> .
<${BASE}law/KAZ/criminal-code/art_347-1> a eli:LegalResourceSubdivision ; eli:number "347-1" ;
  eli:is_part_of <${BASE}law/KAZ/criminal-code> ; rdfs:label "Criminal Code, article 347-1"@en ;
  eli:title "Coercion to make a confession" .
<${BASE}law/KAZ/criminal-code/art_347-1__part_1> a eli:LegalResourceSubdivision ; eli:number "1" ;
  eli:is_part_of <${BASE}law/KAZ/criminal-code/art_347-1> ;
  rdfs:label "Criminal Code, article 347-1, part 1"@en .

<${BASE}doc/A/56/44#para_129__item_e> tb:label "e" ; dcterms:isPartOf <${BASE}doc/A/56/44#para_129> .
<${BASE}doc/A/56/44#para_129> tb:number 129 ; dcterms:isPartOf <${BASE}doc/A/56/44> .

<${BASE}instrument/opcat> a tb:InternationalInstrument ;
  rdfs:label "Optional Protocol to the Convention against Torture"@en ; owl:sameAs wd:Q1813470 .
<${BASE}instrument/rome-statute> a tb:InternationalInstrument ;
  rdfs:label "Rome Statute of the International Criminal Court"@en ; owl:sameAs wd:Q151967 .

d:followup a tb:FollowUpRequest ; dcterms:isPartOf <${DOC}> ;
  tb:followUpOn d:para_7, d:para_17 ;
  tb:deadline "P1Y"^^xsd:duration ;
  tb:requestedIn d:para_36 ; tb:anchor d:followup__anchor .
d:next_report a tb:NextReportRequest ; dcterms:isPartOf <${DOC}> ; tb:ordinal 3 ;
  tb:deadline "2012-11-21"^^xsd:date ; tb:requestedIn d:para_37 ; tb:anchor d:next_report__anchor .

${anchor('section_B', 1480, 'B. Positive aspects')}
${anchor('para_3', 1501, '3. The Committee welcomes the recent ratification')}
${anchor('para_3__positive', 1504, 'The Committee welcomes the recent ratification')}
${anchor('para_3__positive__item_a', 1600, '(a) The Optional Protocol to the Convention against Torture;')}
${anchor('section_C', 4200, 'C. Principal subjects of concern and recommendations')}
${anchor('para_7', 5000, '7. The Committee is concerned about consistent allegations')}
${anchor('para_7__concern', 5003, 'The Committee is concerned about consistent allegations')}
${anchor('para_7__rec', 5400, 'The State party should apply a zero-tolerance approach')}
${anchor('para_7__rec__item_a', 5520, '(a) Publicly and unambiguously condemn practices of torture')}
${anchor('para_7__rec__item_b', 5800, '(b) Establish and promote an effective mechanism')}
${anchor('para_17', 12000, '17. The Committee expresses concern')}
${anchor('para_17__concern', 12004, 'The Committee expresses concern')}
${anchor('para_17__rec', 12300, 'The State party should amend Part 1 of article 347-1')}
${anchor('para_17__rec__item_a', 12500, '(a) Suspend suspected perpetrators.')}
${anchor('para_36', 20000, '36. The Committee requests the State party to provide, within one year')}
${anchor('followup', 20004, 'The Committee requests the State party to provide, within one year')}
${anchor('para_37', 20300, '37. The State party is invited to submit its next periodic report')}
${anchor('next_report', 20304, 'The State party is invited to submit its next periodic report')}
`;

export function parseTurtle(turtle: string): Quad[] {
  return new Parser().parse(turtle);
}

export function sampleQuads(): Quad[] {
  return parseTurtle(SAMPLE_TURTLE);
}
