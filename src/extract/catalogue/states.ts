/**
 * States by ISO 3166-1 alpha-3 code, with the English names and adjectives
 * that treaty-body texts put before or after a domestic law's name ("Uzbek
 * Criminal Code", "Criminal Code of Kazakhstan", "the Algerian Constitution").
 */
export interface StateEntry {
  readonly iso3: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
}

/** iso3 | names separated by ';' | adjectives separated by ';' */
const TABLE = `
AFG|Afghanistan|Afghan
ALB|Albania|Albanian
DZA|Algeria|Algerian
AND|Andorra|Andorran
AGO|Angola|Angolan
ATG|Antigua and Barbuda|Antiguan
ARG|Argentina|Argentine;Argentinian
ARM|Armenia|Armenian
AUS|Australia|Australian
AUT|Austria|Austrian
AZE|Azerbaijan|Azerbaijani;Azeri
BHS|Bahamas|Bahamian
BHR|Bahrain|Bahraini
BGD|Bangladesh|Bangladeshi
BRB|Barbados|Barbadian
BLR|Belarus|Belarusian
BEL|Belgium|Belgian
BLZ|Belize|Belizean
BEN|Benin|Beninese
BTN|Bhutan|Bhutanese
BOL|Bolivia;Plurinational State of Bolivia|Bolivian
BIH|Bosnia and Herzegovina|Bosnian
BWA|Botswana|Botswanan
BRA|Brazil|Brazilian
BRN|Brunei Darussalam;Brunei|Bruneian
BGR|Bulgaria|Bulgarian
BFA|Burkina Faso|Burkinabe
BDI|Burundi|Burundian
CPV|Cabo Verde;Cape Verde|Cabo Verdean;Cape Verdean
KHM|Cambodia|Cambodian
CMR|Cameroon|Cameroonian
CAN|Canada|Canadian
CAF|Central African Republic|Central African
TCD|Chad|Chadian
CHL|Chile|Chilean
CHN|China|Chinese
COL|Colombia|Colombian
COM|Comoros|Comorian
COG|Congo|Congolese
COD|Democratic Republic of the Congo|
CRI|Costa Rica|Costa Rican
CIV|Côte d'Ivoire;Cote d'Ivoire|Ivorian
HRV|Croatia|Croatian
CUB|Cuba|Cuban
CYP|Cyprus|Cypriot
CZE|Czechia;Czech Republic|Czech
PRK|Democratic People's Republic of Korea|North Korean
DNK|Denmark|Danish
DJI|Djibouti|Djiboutian
DMA|Dominica|Dominican
DOM|Dominican Republic|
ECU|Ecuador|Ecuadorian
EGY|Egypt|Egyptian
SLV|El Salvador|Salvadoran;Salvadorian
GNQ|Equatorial Guinea|Equatoguinean
ERI|Eritrea|Eritrean
EST|Estonia|Estonian
SWZ|Eswatini;Swaziland|Swazi
ETH|Ethiopia|Ethiopian
FJI|Fiji|Fijian
FIN|Finland|Finnish
FRA|France|French
GAB|Gabon|Gabonese
GMB|Gambia|Gambian
GEO|Georgia|Georgian
DEU|Germany|German
GHA|Ghana|Ghanaian
GRC|Greece|Greek
GRD|Grenada|Grenadian
GTM|Guatemala|Guatemalan
GIN|Guinea|Guinean
GNB|Guinea-Bissau|Bissau-Guinean
GUY|Guyana|Guyanese
HTI|Haiti|Haitian
VAT|Holy See|
HND|Honduras|Honduran
HUN|Hungary|Hungarian
ISL|Iceland|Icelandic
IND|India|Indian
IDN|Indonesia|Indonesian
IRN|Iran;Islamic Republic of Iran;Iran (Islamic Republic of)|Iranian
IRQ|Iraq|Iraqi
IRL|Ireland|Irish
ISR|Israel|Israeli
ITA|Italy|Italian
JAM|Jamaica|Jamaican
JPN|Japan|Japanese
JOR|Jordan|Jordanian
KAZ|Kazakhstan|Kazakh;Kazakhstani
KEN|Kenya|Kenyan
KIR|Kiribati|
KWT|Kuwait|Kuwaiti
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz
LAO|Lao People's Democratic Republic;Laos|Lao;Laotian
LVA|Latvia|Latvian
LBN|Lebanon|Lebanese
LSO|Lesotho|Basotho
LBR|Liberia|Liberian
LBY|Libya|Libyan
LIE|Liechtenstein|
LTU|Lithuania|Lithuanian
LUX|Luxembourg|Luxembourgish
MDG|Madagascar|Malagasy
MWI|Malawi|Malawian
MYS|Malaysia|Malaysian
MDV|Maldives|Maldivian
MLI|Mali|Malian
MLT|Malta|Maltese
MHL|Marshall Islands|Marshallese
MRT|Mauritania|Mauritanian
MUS|Mauritius|Mauritian
MEX|Mexico|Mexican
FSM|Micronesia;Federated States of Micronesia|Micronesian
MCO|Monaco|Monegasque
MNG|Mongolia|Mongolian
MNE|Montenegro|Montenegrin
MAR|Morocco|Moroccan
MOZ|Mozambique|Mozambican
MMR|Myanmar|Myanmar
NAM|Namibia|Namibian
NRU|Nauru|Nauruan
NPL|Nepal|Nepalese;Nepali
NLD|Netherlands;Kingdom of the Netherlands|Dutch
NZL|New Zealand|
NIC|Nicaragua|Nicaraguan
NER|Niger|Nigerien
NGA|Nigeria|Nigerian
MKD|North Macedonia;the former Yugoslav Republic of Macedonia|Macedonian
NOR|Norway|Norwegian
OMN|Oman|Omani
PAK|Pakistan|Pakistani
PLW|Palau|Palauan
PSE|State of Palestine;Palestine|Palestinian
PAN|Panama|Panamanian
PNG|Papua New Guinea|
PRY|Paraguay|Paraguayan
PER|Peru|Peruvian
PHL|Philippines|Philippine
POL|Poland|Polish
PRT|Portugal|Portuguese
QAT|Qatar|Qatari
KOR|Republic of Korea;South Korea|Korean
MDA|Republic of Moldova;Moldova|Moldovan
ROU|Romania|Romanian
RUS|Russian Federation;Russia|Russian
RWA|Rwanda|Rwandan
KNA|Saint Kitts and Nevis|
LCA|Saint Lucia|
VCT|Saint Vincent and the Grenadines|
WSM|Samoa|Samoan
SMR|San Marino|
STP|Sao Tome and Principe|
SAU|Saudi Arabia|Saudi
SEN|Senegal|Senegalese
SRB|Serbia|Serbian
SYC|Seychelles|Seychellois
SLE|Sierra Leone|Sierra Leonean
SGP|Singapore|Singaporean
SVK|Slovakia|Slovak
SVN|Slovenia|Slovenian;Slovene
SLB|Solomon Islands|
SOM|Somalia|Somali
ZAF|South Africa|South African
SSD|South Sudan|South Sudanese
ESP|Spain|Spanish
LKA|Sri Lanka|Sri Lankan
SDN|Sudan|Sudanese
SUR|Suriname|Surinamese
SWE|Sweden|Swedish
CHE|Switzerland|Swiss
SYR|Syrian Arab Republic;Syria|Syrian
TJK|Tajikistan|Tajik
THA|Thailand|Thai
TLS|Timor-Leste|Timorese
TGO|Togo|Togolese
TON|Tonga|Tongan
TTO|Trinidad and Tobago|
TUN|Tunisia|Tunisian
TUR|Türkiye;Turkey|Turkish
TKM|Turkmenistan|Turkmen
TUV|Tuvalu|
UGA|Uganda|Ugandan
UKR|Ukraine|Ukrainian
ARE|United Arab Emirates|Emirati
GBR|United Kingdom of Great Britain and Northern Ireland;United Kingdom|British
TZA|United Republic of Tanzania;Tanzania|Tanzanian
USA|United States of America;United States|
URY|Uruguay|Uruguayan
UZB|Uzbekistan|Uzbek
VUT|Vanuatu|
VEN|Venezuela;Bolivarian Republic of Venezuela;Venezuela (Bolivarian Republic of)|Venezuelan
VNM|Viet Nam;Vietnam|Vietnamese
YEM|Yemen|Yemeni
ZMB|Zambia|Zambian
ZWE|Zimbabwe|Zimbabwean
`;

function splitList(field: string | undefined): string[] {
  return (field ?? '').split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}

export const STATES: readonly StateEntry[] = TABLE.trim().split('\n').map((line) => {
  const [iso3, names, adjectives] = line.split('|');
  return { iso3: iso3!.trim(), names: splitList(names), adjectives: splitList(adjectives) };
});
