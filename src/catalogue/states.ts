/**
 * States parties: ISO 3166-1 alpha-3 code, English short name as UN texts
 * write it, other names met in texts, and the Wikidata item of the State.
 * Wikidata items are given only where checked; a State without one still
 * converts (its node simply has no owl:sameAs).
 */

export interface StateEntry {
  iso3: string;
  name: string;
  aliases?: readonly string[];
  wikidata?: string;
}

export const STATES: readonly StateEntry[] = [
  { iso3: 'AFG', name: 'Afghanistan', wikidata: 'Q889' },
  { iso3: 'ALB', name: 'Albania', wikidata: 'Q222' },
  { iso3: 'DZA', name: 'Algeria', wikidata: 'Q262' },
  { iso3: 'ARG', name: 'Argentina', wikidata: 'Q414' },
  { iso3: 'ARM', name: 'Armenia', wikidata: 'Q399' },
  { iso3: 'AUS', name: 'Australia', wikidata: 'Q408' },
  { iso3: 'AUT', name: 'Austria', wikidata: 'Q40' },
  { iso3: 'AZE', name: 'Azerbaijan', wikidata: 'Q227' },
  { iso3: 'BGD', name: 'Bangladesh', wikidata: 'Q902' },
  { iso3: 'BLR', name: 'Belarus', wikidata: 'Q184' },
  { iso3: 'BEL', name: 'Belgium', wikidata: 'Q31' },
  { iso3: 'BOL', name: 'Bolivia (Plurinational State of)', aliases: ['Bolivia'], wikidata: 'Q750' },
  { iso3: 'BIH', name: 'Bosnia and Herzegovina', wikidata: 'Q225' },
  { iso3: 'BRA', name: 'Brazil', wikidata: 'Q155' },
  { iso3: 'BGR', name: 'Bulgaria', wikidata: 'Q219' },
  { iso3: 'KHM', name: 'Cambodia', wikidata: 'Q424' },
  { iso3: 'CAN', name: 'Canada', wikidata: 'Q16' },
  { iso3: 'CHL', name: 'Chile', wikidata: 'Q298' },
  { iso3: 'CHN', name: 'China', wikidata: 'Q148' },
  { iso3: 'COL', name: 'Colombia', wikidata: 'Q739' },
  { iso3: 'CRI', name: 'Costa Rica', wikidata: 'Q800' },
  { iso3: 'HRV', name: 'Croatia', wikidata: 'Q224' },
  { iso3: 'CUB', name: 'Cuba', wikidata: 'Q241' },
  { iso3: 'CYP', name: 'Cyprus', wikidata: 'Q229' },
  { iso3: 'CZE', name: 'Czechia', aliases: ['Czech Republic'], wikidata: 'Q213' },
  { iso3: 'PRK', name: "Democratic People's Republic of Korea", wikidata: 'Q423' },
  { iso3: 'DNK', name: 'Denmark', wikidata: 'Q35' },
  { iso3: 'DOM', name: 'Dominican Republic', wikidata: 'Q786' },
  { iso3: 'ECU', name: 'Ecuador', wikidata: 'Q736' },
  { iso3: 'EGY', name: 'Egypt', wikidata: 'Q79' },
  { iso3: 'SLV', name: 'El Salvador', wikidata: 'Q792' },
  { iso3: 'EST', name: 'Estonia', wikidata: 'Q191' },
  { iso3: 'ETH', name: 'Ethiopia', wikidata: 'Q115' },
  { iso3: 'FIN', name: 'Finland', wikidata: 'Q33' },
  { iso3: 'FRA', name: 'France', wikidata: 'Q142' },
  { iso3: 'GEO', name: 'Georgia', wikidata: 'Q230' },
  { iso3: 'DEU', name: 'Germany', wikidata: 'Q183' },
  { iso3: 'GHA', name: 'Ghana', wikidata: 'Q117' },
  { iso3: 'GRC', name: 'Greece', wikidata: 'Q41' },
  { iso3: 'GTM', name: 'Guatemala', wikidata: 'Q774' },
  { iso3: 'HTI', name: 'Haiti', wikidata: 'Q790' },
  { iso3: 'HND', name: 'Honduras', wikidata: 'Q783' },
  { iso3: 'HUN', name: 'Hungary', wikidata: 'Q28' },
  { iso3: 'ISL', name: 'Iceland', wikidata: 'Q189' },
  { iso3: 'IND', name: 'India', wikidata: 'Q668' },
  { iso3: 'IDN', name: 'Indonesia', wikidata: 'Q252' },
  { iso3: 'IRN', name: 'Iran (Islamic Republic of)', aliases: ['Iran'], wikidata: 'Q794' },
  { iso3: 'IRQ', name: 'Iraq', wikidata: 'Q796' },
  { iso3: 'IRL', name: 'Ireland', wikidata: 'Q27' },
  { iso3: 'ISR', name: 'Israel', wikidata: 'Q801' },
  { iso3: 'ITA', name: 'Italy', wikidata: 'Q38' },
  { iso3: 'JAM', name: 'Jamaica', wikidata: 'Q766' },
  { iso3: 'JPN', name: 'Japan', wikidata: 'Q17' },
  { iso3: 'JOR', name: 'Jordan', wikidata: 'Q810' },
  { iso3: 'KAZ', name: 'Kazakhstan', wikidata: 'Q232' },
  { iso3: 'KEN', name: 'Kenya', wikidata: 'Q114' },
  { iso3: 'KGZ', name: 'Kyrgyzstan', wikidata: 'Q813' },
  { iso3: 'LAO', name: "Lao People's Democratic Republic", aliases: ['Laos'], wikidata: 'Q819' },
  { iso3: 'LVA', name: 'Latvia', wikidata: 'Q211' },
  { iso3: 'LBN', name: 'Lebanon', wikidata: 'Q822' },
  { iso3: 'LBY', name: 'Libya', aliases: ['Libyan Arab Jamahiriya'], wikidata: 'Q1016' },
  { iso3: 'LTU', name: 'Lithuania', wikidata: 'Q37' },
  { iso3: 'LUX', name: 'Luxembourg', wikidata: 'Q32' },
  { iso3: 'MYS', name: 'Malaysia', wikidata: 'Q833' },
  { iso3: 'MLT', name: 'Malta', wikidata: 'Q233' },
  { iso3: 'MEX', name: 'Mexico', wikidata: 'Q96' },
  { iso3: 'MDA', name: 'Republic of Moldova', aliases: ['Moldova'], wikidata: 'Q217' },
  { iso3: 'MNE', name: 'Montenegro', wikidata: 'Q236' },
  { iso3: 'MAR', name: 'Morocco', wikidata: 'Q1028' },
  { iso3: 'MMR', name: 'Myanmar', wikidata: 'Q836' },
  { iso3: 'NPL', name: 'Nepal', wikidata: 'Q837' },
  { iso3: 'NLD', name: 'Netherlands', aliases: ['Kingdom of the Netherlands'], wikidata: 'Q55' },
  { iso3: 'NZL', name: 'New Zealand', wikidata: 'Q664' },
  { iso3: 'NIC', name: 'Nicaragua', wikidata: 'Q811' },
  { iso3: 'NGA', name: 'Nigeria', wikidata: 'Q1033' },
  { iso3: 'MKD', name: 'North Macedonia', aliases: ['the former Yugoslav Republic of Macedonia'], wikidata: 'Q221' },
  { iso3: 'NOR', name: 'Norway', wikidata: 'Q20' },
  { iso3: 'PAK', name: 'Pakistan', wikidata: 'Q843' },
  { iso3: 'PAN', name: 'Panama', wikidata: 'Q804' },
  { iso3: 'PRY', name: 'Paraguay', wikidata: 'Q733' },
  { iso3: 'PER', name: 'Peru', wikidata: 'Q419' },
  { iso3: 'PHL', name: 'Philippines', wikidata: 'Q928' },
  { iso3: 'POL', name: 'Poland', wikidata: 'Q36' },
  { iso3: 'PRT', name: 'Portugal', wikidata: 'Q45' },
  { iso3: 'KOR', name: 'Republic of Korea', wikidata: 'Q884' },
  { iso3: 'ROU', name: 'Romania', wikidata: 'Q218' },
  { iso3: 'RUS', name: 'Russian Federation', aliases: ['Russia'], wikidata: 'Q159' },
  { iso3: 'SAU', name: 'Saudi Arabia', wikidata: 'Q851' },
  { iso3: 'SRB', name: 'Serbia', wikidata: 'Q403' },
  { iso3: 'SGP', name: 'Singapore', wikidata: 'Q334' },
  { iso3: 'SVK', name: 'Slovakia', wikidata: 'Q214' },
  { iso3: 'SVN', name: 'Slovenia', wikidata: 'Q215' },
  { iso3: 'ZAF', name: 'South Africa', wikidata: 'Q258' },
  { iso3: 'ESP', name: 'Spain', wikidata: 'Q29' },
  { iso3: 'LKA', name: 'Sri Lanka', wikidata: 'Q854' },
  { iso3: 'SWE', name: 'Sweden', wikidata: 'Q34' },
  { iso3: 'CHE', name: 'Switzerland', wikidata: 'Q39' },
  { iso3: 'SYR', name: 'Syrian Arab Republic', aliases: ['Syria'], wikidata: 'Q858' },
  { iso3: 'TJK', name: 'Tajikistan', wikidata: 'Q863' },
  { iso3: 'THA', name: 'Thailand', wikidata: 'Q869' },
  { iso3: 'TUN', name: 'Tunisia', wikidata: 'Q948' },
  { iso3: 'TUR', name: 'Türkiye', aliases: ['Turkey'], wikidata: 'Q43' },
  { iso3: 'TKM', name: 'Turkmenistan', wikidata: 'Q874' },
  { iso3: 'UGA', name: 'Uganda', wikidata: 'Q1036' },
  { iso3: 'UKR', name: 'Ukraine', wikidata: 'Q212' },
  { iso3: 'GBR', name: 'United Kingdom of Great Britain and Northern Ireland', aliases: ['United Kingdom'], wikidata: 'Q145' },
  { iso3: 'TZA', name: 'United Republic of Tanzania', aliases: ['Tanzania'], wikidata: 'Q924' },
  { iso3: 'USA', name: 'United States of America', aliases: ['United States'], wikidata: 'Q30' },
  { iso3: 'URY', name: 'Uruguay', wikidata: 'Q77' },
  { iso3: 'UZB', name: 'Uzbekistan', wikidata: 'Q265' },
  { iso3: 'VEN', name: 'Venezuela (Bolivarian Republic of)', aliases: ['Venezuela'], wikidata: 'Q717' },
  { iso3: 'VNM', name: 'Viet Nam', aliases: ['Vietnam'], wikidata: 'Q881' },
];

export function stateByIso3(iso3: string): StateEntry | undefined {
  return STATES.find((s) => s.iso3 === iso3);
}

/** The State a line names on its own ("KAZAKHSTAN", "Concluding observations: Kazakhstan"). */
export function stateByName(text: string): StateEntry | undefined {
  const folded = fold(text);
  return STATES.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => fold(n) === folded));
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
