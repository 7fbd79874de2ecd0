/**
 * States by ISO 3166-1 alpha-3 code: the English names UN texts use (the
 * first is the short name), the adjectives that texts put before a domestic
 * law's name ("Uzbek Criminal Code", "the Algerian Constitution"), and the
 * Wikidata item of the State where it was checked. A State without one still
 * converts; its node simply has no owl:sameAs.
 */
export interface StateEntry {
  readonly iso3: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  readonly wikidata?: string;
  /** A State that no longer exists (ISO 3166-3): the USSR, Yugoslavia, Czechoslovakia, ... */
  readonly former?: { readonly until: string; readonly iso4: string };
}

/** iso3 | names separated by ';' | adjectives separated by ';' | Wikidata item */
const TABLE = `
AFG|Afghanistan|Afghan|Q889
ALB|Albania|Albanian|Q222
DZA|Algeria|Algerian|Q262
AND|Andorra|Andorran|
AGO|Angola|Angolan|
ATG|Antigua and Barbuda|Antiguan|
ARG|Argentina|Argentine;Argentinian|Q414
ARM|Armenia|Armenian|Q399
AUS|Australia|Australian|Q408
AUT|Austria|Austrian|Q40
AZE|Azerbaijan|Azerbaijani;Azeri|Q227
BHS|Bahamas|Bahamian|
BHR|Bahrain|Bahraini|
BGD|Bangladesh|Bangladeshi|Q902
BRB|Barbados|Barbadian|
BLR|Belarus|Belarusian|Q184
BEL|Belgium|Belgian|Q31
BLZ|Belize|Belizean|
BEN|Benin|Beninese|
BTN|Bhutan|Bhutanese|
BOL|Bolivia;Plurinational State of Bolivia|Bolivian|Q750
BIH|Bosnia and Herzegovina|Bosnian|Q225
BWA|Botswana|Botswanan|
BRA|Brazil|Brazilian|Q155
BRN|Brunei Darussalam;Brunei|Bruneian|
BGR|Bulgaria|Bulgarian|Q219
BFA|Burkina Faso|Burkinabe|
BDI|Burundi|Burundian|
CPV|Cabo Verde;Cape Verde|Cabo Verdean;Cape Verdean|
KHM|Cambodia|Cambodian|Q424
CMR|Cameroon|Cameroonian|
CAN|Canada|Canadian|Q16
CAF|Central African Republic|Central African|
TCD|Chad|Chadian|
CHL|Chile|Chilean|Q298
CHN|China|Chinese|Q148
COL|Colombia|Colombian|Q739
COM|Comoros|Comorian|
COG|Congo|Congolese|
COD|Democratic Republic of the Congo||
CRI|Costa Rica|Costa Rican|Q800
CIV|Côte d'Ivoire;Cote d'Ivoire|Ivorian|
HRV|Croatia|Croatian|Q224
CUB|Cuba|Cuban|Q241
CYP|Cyprus|Cypriot|Q229
CZE|Czechia;Czech Republic|Czech|Q213
PRK|Democratic People's Republic of Korea|North Korean|Q423
DNK|Denmark|Danish|Q35
DJI|Djibouti|Djiboutian|
DMA|Dominica|Dominican|
DOM|Dominican Republic||Q786
ECU|Ecuador|Ecuadorian|Q736
EGY|Egypt|Egyptian|Q79
SLV|El Salvador|Salvadoran;Salvadorian|Q792
GNQ|Equatorial Guinea|Equatoguinean|
ERI|Eritrea|Eritrean|
EST|Estonia|Estonian|Q191
SWZ|Eswatini;Swaziland|Swazi|
ETH|Ethiopia|Ethiopian|Q115
FJI|Fiji|Fijian|
FIN|Finland|Finnish|Q33
FRA|France|French|Q142
GAB|Gabon|Gabonese|
GMB|Gambia|Gambian|
GEO|Georgia|Georgian|Q230
DEU|Germany|German|Q183
GHA|Ghana|Ghanaian|Q117
GRC|Greece|Greek|Q41
GRD|Grenada|Grenadian|
GTM|Guatemala|Guatemalan|Q774
GIN|Guinea|Guinean|
GNB|Guinea-Bissau|Bissau-Guinean|
GUY|Guyana|Guyanese|
HTI|Haiti|Haitian|Q790
VAT|Holy See||
HND|Honduras|Honduran|Q783
HUN|Hungary|Hungarian|Q28
ISL|Iceland|Icelandic|Q189
IND|India|Indian|Q668
IDN|Indonesia|Indonesian|Q252
IRN|Iran;Islamic Republic of Iran;Iran (Islamic Republic of)|Iranian|Q794
IRQ|Iraq|Iraqi|Q796
IRL|Ireland|Irish|Q27
ISR|Israel|Israeli|Q801
ITA|Italy|Italian|Q38
JAM|Jamaica|Jamaican|Q766
JPN|Japan|Japanese|Q17
JOR|Jordan|Jordanian|Q810
KAZ|Kazakhstan|Kazakh;Kazakhstani|Q232
KEN|Kenya|Kenyan|Q114
KIR|Kiribati||
KWT|Kuwait|Kuwaiti|
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz|Q813
LAO|Lao People's Democratic Republic;Laos|Lao;Laotian|Q819
LVA|Latvia|Latvian|Q211
LBN|Lebanon|Lebanese|Q822
LSO|Lesotho|Basotho|
LBR|Liberia|Liberian|
LBY|Libya|Libyan|Q1016
LIE|Liechtenstein||
LTU|Lithuania|Lithuanian|Q37
LUX|Luxembourg|Luxembourgish|Q32
MDG|Madagascar|Malagasy|
MWI|Malawi|Malawian|
MYS|Malaysia|Malaysian|Q833
MDV|Maldives|Maldivian|
MLI|Mali|Malian|
MLT|Malta|Maltese|Q233
MHL|Marshall Islands|Marshallese|
MRT|Mauritania|Mauritanian|
MUS|Mauritius|Mauritian|
MEX|Mexico|Mexican|Q96
FSM|Micronesia;Federated States of Micronesia|Micronesian|
MCO|Monaco|Monegasque|
MNG|Mongolia|Mongolian|
MNE|Montenegro|Montenegrin|Q236
MAR|Morocco|Moroccan|Q1028
MOZ|Mozambique|Mozambican|
MMR|Myanmar|Myanmar|Q836
NAM|Namibia|Namibian|
NRU|Nauru|Nauruan|
NPL|Nepal|Nepalese;Nepali|Q837
NLD|Netherlands;Kingdom of the Netherlands|Dutch|Q55
NZL|New Zealand||Q664
NIC|Nicaragua|Nicaraguan|Q811
NER|Niger|Nigerien|
NGA|Nigeria|Nigerian|Q1033
MKD|North Macedonia;the former Yugoslav Republic of Macedonia|Macedonian|Q221
NOR|Norway|Norwegian|Q20
OMN|Oman|Omani|
PAK|Pakistan|Pakistani|Q843
PLW|Palau|Palauan|
PSE|State of Palestine;Palestine|Palestinian|
PAN|Panama|Panamanian|Q804
PNG|Papua New Guinea||
PRY|Paraguay|Paraguayan|Q733
PER|Peru|Peruvian|Q419
PHL|Philippines|Philippine|Q928
POL|Poland|Polish|Q36
PRT|Portugal|Portuguese|Q45
QAT|Qatar|Qatari|
KOR|Republic of Korea;South Korea|Korean|Q884
MDA|Republic of Moldova;Moldova|Moldovan|Q217
ROU|Romania|Romanian|Q218
RUS|Russian Federation;Russia|Russian|Q159
RWA|Rwanda|Rwandan|
KNA|Saint Kitts and Nevis||
LCA|Saint Lucia||
VCT|Saint Vincent and the Grenadines||
WSM|Samoa|Samoan|
SMR|San Marino||
STP|Sao Tome and Principe||
SAU|Saudi Arabia|Saudi|Q851
SEN|Senegal|Senegalese|
SRB|Serbia|Serbian|Q403
SYC|Seychelles|Seychellois|
SLE|Sierra Leone|Sierra Leonean|
SGP|Singapore|Singaporean|Q334
SVK|Slovakia|Slovak|Q214
SVN|Slovenia|Slovenian;Slovene|Q215
SLB|Solomon Islands||
SOM|Somalia|Somali|
ZAF|South Africa|South African|Q258
SSD|South Sudan|South Sudanese|
ESP|Spain|Spanish|Q29
LKA|Sri Lanka|Sri Lankan|Q854
SDN|Sudan|Sudanese|
SUR|Suriname|Surinamese|
SWE|Sweden|Swedish|Q34
CHE|Switzerland|Swiss|Q39
SYR|Syrian Arab Republic;Syria|Syrian|Q858
TJK|Tajikistan|Tajik|Q863
THA|Thailand|Thai|Q869
TLS|Timor-Leste|Timorese|
TGO|Togo|Togolese|
TON|Tonga|Tongan|
TTO|Trinidad and Tobago||
TUN|Tunisia|Tunisian|Q948
TUR|Türkiye;Turkey|Turkish|Q43
TKM|Turkmenistan|Turkmen|Q874
TUV|Tuvalu||
UGA|Uganda|Ugandan|Q1036
UKR|Ukraine|Ukrainian|Q212
ARE|United Arab Emirates|Emirati|
GBR|United Kingdom of Great Britain and Northern Ireland;United Kingdom|British|Q145
TZA|United Republic of Tanzania;Tanzania|Tanzanian|Q924
USA|United States of America;United States||Q30
URY|Uruguay|Uruguayan|Q77
UZB|Uzbekistan|Uzbek|Q265
VUT|Vanuatu||
VEN|Venezuela;Bolivarian Republic of Venezuela;Venezuela (Bolivarian Republic of)|Venezuelan|Q717
VNM|Viet Nam;Vietnam|Vietnamese|Q881
YEM|Yemen|Yemeni|
ZMB|Zambia|Zambian|
ZWE|Zimbabwe|Zimbabwean|
`;

/**
 * Former States whose reports the committees considered, with the alpha-3
 * code ISO 3166 gave them and their ISO 3166-3 code (the year they ceased
 * to be listed): iso3 | names | adjectives | ISO 3166-3 code | year.
 */
const FORMER = `
SUN|Union of Soviet Socialist Republics;USSR;Soviet Union|Soviet|SUHH|1992
YUG|Yugoslavia;Federal Republic of Yugoslavia;Socialist Federal Republic of Yugoslavia|Yugoslav|YUCS|2003
CSK|Czechoslovakia;Czech and Slovak Federal Republic|Czechoslovak|CSHH|1993
SCG|Serbia and Montenegro|Serbian and Montenegrin|CSXX|2006
DDR|German Democratic Republic|East German|DDDE|1990
BYS|Byelorussian Soviet Socialist Republic;Byelorussian SSR|Byelorussian|BYAA|1992
ZAR|Zaire|Zairian|ZRCD|1997
`;

/**
 * Codes that UN symbols used for a State instead of its ISO 3166 alpha-3
 * code, with the code they stand for: CEDAW/C/PAR/CC/3-5 is Paraguay's,
 * CCPR/CO/72/NET the Netherlands', CCPR/CO/81/SEMO Serbia and Montenegro's.
 */
export const OLD_STATE_CODES: Readonly<Record<string, string>> = {
  PAR: 'PRY', // Paraguay
  GUA: 'GTM', // Guatemala
  CHI: 'CHL', // Chile
  HON: 'HND', // Honduras
  DEN: 'DNK', // Denmark
  NET: 'NLD', // the Netherlands: CCPR/C/NET/99/3, CCPR/CO/72/NET
  SEMO: 'SCG', // Serbia and Montenegro: CCPR/C/SEMO/2003/1, CCPR/CO/81/SEMO
};

function splitList(field: string | undefined): string[] {
  return (field ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

export const STATES: readonly StateEntry[] = TABLE.trim().split('\n').map((line) => {
  const [iso3, names, adjectives, wikidata] = line.split('|');
  const nameList = splitList(names);
  return {
    iso3: iso3!.trim(),
    name: nameList[0]!,
    names: nameList,
    adjectives: splitList(adjectives),
    ...(wikidata?.trim() ? { wikidata: wikidata.trim() } : {}),
  };
});

/** Former States: read in symbols and mastheads, never the jurisdiction a law adjective points to. */
export const FORMER_STATES: readonly StateEntry[] = FORMER.trim().split('\n').map((line) => {
  const [iso3, names, adjectives, iso4, until] = line.split('|');
  const nameList = splitList(names);
  return { iso3: iso3!.trim(), name: nameList[0]!, names: nameList, adjectives: splitList(adjectives), former: { iso4: iso4!.trim(), until: until!.trim() } };
});

const ALL_STATES = [...STATES, ...FORMER_STATES];
const BY_ISO3 = new Map(ALL_STATES.map((s) => [s.iso3, s]));
const BY_FOLDED_NAME = new Map(ALL_STATES.flatMap((s) => s.names.map((n) => [fold(n), s] as [string, StateEntry])));

/** A State by its ISO 3166 alpha-3 code, former States included. */
export function stateByIso3(iso3: string): StateEntry | undefined {
  return BY_ISO3.get(iso3);
}

/** A State by a code as UN symbols write it: ISO 3166 alpha-3, or an old code ("PAR" is Paraguay). */
export function stateByCode(code: string): StateEntry | undefined {
  const iso = OLD_STATE_CODES[code] ?? code;
  return BY_ISO3.get(iso);
}

/** The State a line names on its own ("KAZAKHSTAN", "Viet Nam", "SERBIA AND MONTENEGRO"). */
export function stateByName(text: string): StateEntry | undefined {
  return BY_FOLDED_NAME.get(fold(text));
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
