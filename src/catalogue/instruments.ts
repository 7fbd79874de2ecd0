import { canonicalTreatyCode, type TreatyCode } from './treaties.js';

/**
 * International instruments that treaty-body texts name. `names` are matched
 * case-insensitively, with any whitespace, optional commas and either
 * apostrophe, and may be preceded by "United Nations" / "UN"; `acronyms` are
 * matched case-sensitively as whole words; `patterns` cover forms the names
 * cannot express. The longest match wins, so a protocol's full name ("Optional
 * Protocol to the International Covenant on Civil and Political Rights") is
 * one mention, not also a mention of the Covenant.
 *
 * `numberedBy` says what the instrument's provisions are called: only an
 * instrument numbered by articles can own a bare "article N" that follows it
 * (REFS rule 15); the Istanbul Protocol or the Nelson Mandela Rules cannot.
 *
 * `wikidata` is set only where the item was checked against a copy of its
 * Wikidata record; see the project's documentation of the recognizers.
 */
export interface InstrumentEntry {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly acronyms?: readonly string[];
  readonly patterns?: readonly RegExp[];
  readonly treaty?: TreatyCode;
  readonly numberedBy: 'article' | 'rule' | 'principle' | 'paragraph' | 'section';
  readonly wikidata?: string;
}

export const INSTRUMENTS: readonly InstrumentEntry[] = [
  // The nine core treaties and their protocols (REFS rule 13).
  {
    id: 'cat',
    label: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    names: ['Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
      'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment',
      'Convention against Torture'],
    acronyms: ['UNCAT'],
    treaty: 'CAT',
    numberedBy: 'article',
  },
  {
    id: 'opcat',
    label: 'Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    names: ['Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
      'Optional Protocol to the Convention against Torture',
      'Optional Protocol of the Convention against Torture',
      'Optional Protocol to the CAT'],
    acronyms: ['OPCAT', 'OP-CAT'],
    treaty: 'OPCAT',
    numberedBy: 'article',
  },
  {
    id: 'iccpr',
    label: 'International Covenant on Civil and Political Rights',
    names: ['International Covenant on Civil and Political Rights', 'Covenant on Civil and Political Rights'],
    acronyms: ['ICCPR'],
    treaty: 'CCPR',
    numberedBy: 'article',
    wikidata: 'Q392119',
  },
  {
    id: 'op1-iccpr',
    label: 'Optional Protocol to the International Covenant on Civil and Political Rights',
    names: ['First Optional Protocol to the International Covenant on Civil and Political Rights',
      'Optional Protocol to the International Covenant on Civil and Political Rights',
      'Optional Protocol to the Covenant on Civil and Political Rights',
      'Optional Protocol to the ICCPR', 'Optional Protocol to the CCPR',
      'First Optional Protocol to the ICCPR'],
    // As OHCHR's UPR compilations abbreviate it; a pattern, not an acronym, so that the node's notations stay as they were.
    patterns: [/(?<![\w/-])(?:ICCPR-OP\s?1|OP1-ICCPR)(?![\w/-])/],
    treaty: 'OP-ICCPR',
    numberedBy: 'article',
  },
  {
    id: 'op2-iccpr',
    label: 'Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty',
    names: ['Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty',
      'Second Optional Protocol to the International Covenant on Civil and Political Rights',
      'Second Optional Protocol to the ICCPR'],
    acronyms: ['ICCPR-OP 2', 'ICCPR-OP2', 'OP2-ICCPR'],
    treaty: 'OP2-ICCPR',
    numberedBy: 'article',
  },
  {
    id: 'icescr',
    label: 'International Covenant on Economic, Social and Cultural Rights',
    names: ['International Covenant on Economic, Social and Cultural Rights',
      'Covenant on Economic, Social and Cultural Rights'],
    acronyms: ['ICESCR'],
    treaty: 'CESCR',
    numberedBy: 'article',
    wikidata: 'Q457862',
  },
  {
    id: 'op-icescr',
    label: 'Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
    names: ['Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
      'Optional Protocol to the Covenant on Economic, Social and Cultural Rights',
      'Optional Protocol to the ICESCR'],
    acronyms: ['OP-ICESCR'],
    treaty: 'OP-ICESCR',
    numberedBy: 'article',
  },
  {
    id: 'cerd',
    label: 'International Convention on the Elimination of All Forms of Racial Discrimination',
    names: ['International Convention on the Elimination of All Forms of Racial Discrimination',
      'Convention on the Elimination of All Forms of Racial Discrimination'],
    acronyms: ['ICERD'],
    treaty: 'CERD',
    numberedBy: 'article',
  },
  {
    id: 'cedaw',
    label: 'Convention on the Elimination of All Forms of Discrimination against Women',
    names: ['Convention on the Elimination of All Forms of Discrimination against Women'],
    treaty: 'CEDAW',
    numberedBy: 'article',
  },
  {
    id: 'op-cedaw',
    label: 'Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women',
    names: ['Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women',
      'Optional Protocol to CEDAW', 'Optional Protocol to the CEDAW'],
    acronyms: ['OP-CEDAW'],
    treaty: 'OP-CEDAW',
    numberedBy: 'article',
  },
  {
    id: 'crc',
    label: 'Convention on the Rights of the Child',
    names: ['Convention on the Rights of the Child'],
    acronyms: ['UNCRC'],
    treaty: 'CRC',
    numberedBy: 'article',
  },
  {
    id: 'opsc',
    label: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    names: ['Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
      'Optional Protocol on the sale of children, child prostitution and child pornography'],
    acronyms: ['OPSC', 'OP-CRC-SC'],
    treaty: 'OPSC',
    numberedBy: 'article',
  },
  {
    id: 'opac',
    label: 'Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict',
    names: ['Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict',
      'Optional Protocol on the involvement of children in armed conflict'],
    acronyms: ['OPAC', 'OP-CRC-AC'],
    treaty: 'OPAC',
    numberedBy: 'article',
  },
  {
    id: 'opic',
    label: 'Optional Protocol to the Convention on the Rights of the Child on a communications procedure',
    names: ['Optional Protocol to the Convention on the Rights of the Child on a communications procedure',
      'Optional Protocol on a communications procedure'],
    acronyms: ['OPIC', 'OP-CRC-IC', 'OP3-CRC'],
    treaty: 'OPIC',
    numberedBy: 'article',
  },
  {
    id: 'crpd',
    label: 'Convention on the Rights of Persons with Disabilities',
    names: ['Convention on the Rights of Persons with Disabilities'],
    acronyms: ['UNCRPD'],
    treaty: 'CRPD',
    numberedBy: 'article',
  },
  {
    id: 'op-crpd',
    label: 'Optional Protocol to the Convention on the Rights of Persons with Disabilities',
    names: ['Optional Protocol to the Convention on the Rights of Persons with Disabilities'],
    acronyms: ['OP-CRPD'],
    treaty: 'OP-CRPD',
    numberedBy: 'article',
  },
  {
    id: 'cmw',
    label: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    names: ['International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      'Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      'International Convention on Migrant Workers', 'Migrant Workers Convention'],
    acronyms: ['ICRMW', 'ICMW'],
    treaty: 'CMW',
    numberedBy: 'article',
  },
  {
    id: 'ced',
    label: 'International Convention for the Protection of All Persons from Enforced Disappearance',
    names: ['International Convention for the Protection of All Persons from Enforced Disappearance',
      'Convention for the Protection of All Persons from Enforced Disappearance',
      'Convention on Enforced Disappearance'],
    acronyms: ['ICPPED', 'CPED'],
    treaty: 'CED',
    numberedBy: 'article',
  },

  // Other treaties: instruments, but never `treaty-article` owners (REFS rule 18).
  {
    id: 'un-charter',
    label: 'Charter of the United Nations',
    names: ['Charter of the United Nations', 'United Nations Charter'],
    numberedBy: 'article',
  },
  {
    id: 'refugee-convention',
    label: 'Convention relating to the Status of Refugees',
    names: ['Convention relating to the Status of Refugees', 'Refugee Convention', 'Refugees Convention',
      'Geneva Convention relating to the Status of Refugees'],
    patterns: [/\b1951\s+(?:Refugee\s+|Geneva\s+)?Convention\b/],
    numberedBy: 'article',
  },
  {
    id: 'refugee-protocol',
    label: 'Protocol relating to the Status of Refugees',
    names: ['Protocol relating to the Status of Refugees'],
    patterns: [/\b1967\s+Protocol\b/],
    numberedBy: 'article',
  },
  {
    id: 'statelessness-convention-1954',
    label: 'Convention relating to the Status of Stateless Persons',
    names: ['Convention relating to the Status of Stateless Persons'],
    numberedBy: 'article',
  },
  {
    id: 'statelessness-convention-1961',
    label: 'Convention on the Reduction of Statelessness',
    names: ['Convention on the Reduction of Statelessness'],
    numberedBy: 'article',
  },
  {
    id: 'genocide-convention',
    label: 'Convention on the Prevention and Punishment of the Crime of Genocide',
    names: ['Convention on the Prevention and Punishment of the Crime of Genocide', 'Genocide Convention'],
    numberedBy: 'article',
  },
  {
    id: 'rome-statute',
    label: 'Rome Statute of the International Criminal Court',
    names: ['Rome Statute of the International Criminal Court', 'Rome Statute'],
    numberedBy: 'article',
  },
  {
    id: 'vclt',
    label: 'Vienna Convention on the Law of Treaties',
    names: ['Vienna Convention on the Law of Treaties'],
    acronyms: ['VCLT'],
    numberedBy: 'article',
  },
  {
    id: 'vccr',
    label: 'Vienna Convention on Consular Relations',
    names: ['Vienna Convention on Consular Relations'],
    numberedBy: 'article',
  },
  {
    id: 'untoc',
    label: 'United Nations Convention against Transnational Organized Crime',
    names: ['United Nations Convention against Transnational Organized Crime',
      'Convention against Transnational Organized Crime', 'Palermo Convention'],
    acronyms: ['UNTOC'],
    numberedBy: 'article',
  },
  {
    id: 'trafficking-protocol',
    label: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    names: ['Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons', 'Palermo Protocol', 'Trafficking Protocol',
      'Trafficking in Persons Protocol'],
    numberedBy: 'article',
  },
  {
    id: 'smuggling-protocol',
    label: 'Protocol against the Smuggling of Migrants by Land, Sea and Air',
    names: ['Protocol against the Smuggling of Migrants by Land, Sea and Air', 'Protocol against the Smuggling of Migrants'],
    numberedBy: 'article',
  },
  {
    id: 'uncac',
    label: 'United Nations Convention against Corruption',
    names: ['United Nations Convention against Corruption', 'Convention against Corruption'],
    acronyms: ['UNCAC'],
    numberedBy: 'article',
  },
  {
    id: 'minsk-convention',
    label: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Minsk Convention)',
    names: ['Minsk Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases',
      'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases',
      'Minsk Convention on Legal Assistance', 'Minsk Convention'],
    numberedBy: 'article',
  },
  {
    id: 'chisinau-convention',
    label: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Cases (Chisinau Convention)',
    names: ['Chisinau Convention', 'Kishinev Convention'],
    numberedBy: 'article',
  },
  {
    id: 'geneva-conventions',
    label: 'Geneva Conventions of 12 August 1949',
    names: ['Geneva Conventions of 12 August 1949', 'Geneva Conventions', 'Fourth Geneva Convention',
      'Geneva Convention relative to the Protection of Civilian Persons in Time of War'],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c029',
    label: 'Forced Labour Convention, 1930 (No. 29)',
    names: ['Forced Labour Convention, 1930', 'Forced Labour Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*29\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c087',
    label: 'Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)',
    names: ['Freedom of Association and Protection of the Right to Organise Convention, 1948',
      'Freedom of Association and Protection of the Right to Organise Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*87\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c098',
    label: 'Right to Organise and Collective Bargaining Convention, 1949 (No. 98)',
    names: ['Right to Organise and Collective Bargaining Convention, 1949', 'Right to Organise and Collective Bargaining Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*98\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c105',
    label: 'Abolition of Forced Labour Convention, 1957 (No. 105)',
    names: ['Abolition of Forced Labour Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*105\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c138',
    label: 'Minimum Age Convention, 1973 (No. 138)',
    names: ['Minimum Age Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*138\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c169',
    label: 'Indigenous and Tribal Peoples Convention, 1989 (No. 169)',
    names: ['Indigenous and Tribal Peoples Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*169\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c182',
    label: 'Worst Forms of Child Labour Convention, 1999 (No. 182)',
    names: ['Worst Forms of Child Labour Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*182\b/],
    numberedBy: 'article',
  },
  {
    id: 'ilo-c189',
    label: 'Domestic Workers Convention, 2011 (No. 189)',
    names: ['Domestic Workers Convention'],
    patterns: [/\bILO\s+Convention\s+No\.\s*189\b/],
    numberedBy: 'article',
  },
  {
    id: 'hague-abduction-convention',
    label: 'Convention on the Civil Aspects of International Child Abduction',
    names: ['Convention on the Civil Aspects of International Child Abduction', 'Hague Convention on the Civil Aspects of International Child Abduction'],
    numberedBy: 'article',
  },
  {
    id: 'hague-adoption-convention',
    label: 'Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption',
    names: ['Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption',
      'Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption'],
    numberedBy: 'article',
  },

  // Regional instruments.
  {
    id: 'echr',
    label: 'Convention for the Protection of Human Rights and Fundamental Freedoms (European Convention on Human Rights)',
    names: ['Convention for the Protection of Human Rights and Fundamental Freedoms',
      'European Convention for the Protection of Human Rights and Fundamental Freedoms',
      'European Convention on Human Rights', 'European Convention'],
    acronyms: ['ECHR'],
    numberedBy: 'article',
  },
  {
    id: 'ecpt',
    label: 'European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment',
    names: ['European Convention for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment',
      'European Convention for the Prevention of Torture'],
    numberedBy: 'article',
  },
  {
    id: 'istanbul-convention',
    label: 'Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence',
    names: ['Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence',
      'Convention on Preventing and Combating Violence against Women and Domestic Violence', 'Istanbul Convention'],
    numberedBy: 'article',
  },
  {
    id: 'coe-trafficking-convention',
    label: 'Council of Europe Convention on Action against Trafficking in Human Beings',
    names: ['Council of Europe Convention on Action against Trafficking in Human Beings',
      'Convention on Action against Trafficking in Human Beings'],
    numberedBy: 'article',
  },
  {
    id: 'eu-charter',
    label: 'Charter of Fundamental Rights of the European Union',
    names: ['Charter of Fundamental Rights of the European Union'],
    numberedBy: 'article',
  },
  {
    id: 'dublin-iii-regulation',
    label: 'Regulation (EU) No 604/2013 (Dublin III Regulation)',
    names: ['Dublin III Regulation', 'Dublin Regulation'],
    patterns: [/\bRegulation\s+\(EU\)\s+No\.?\s*604\/2013\b/],
    numberedBy: 'article',
  },
  {
    id: 'achr',
    label: 'American Convention on Human Rights',
    names: ['American Convention on Human Rights', 'Pact of San José', 'Pact of San Jose'],
    numberedBy: 'article',
  },
  {
    id: 'iacpp-torture',
    label: 'Inter-American Convention to Prevent and Punish Torture',
    names: ['Inter-American Convention to Prevent and Punish Torture'],
    numberedBy: 'article',
  },
  {
    id: 'belem-do-para-convention',
    label: 'Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women',
    names: ['Inter-American Convention on the Prevention, Punishment and Eradication of Violence against Women',
      'Convention of Belém do Pará', 'Belém do Pará Convention', 'Convention of Belem do Para'],
    numberedBy: 'article',
  },
  {
    id: 'achpr',
    label: "African Charter on Human and Peoples' Rights",
    names: ["African Charter on Human and Peoples' Rights", 'Banjul Charter'],
    numberedBy: 'article',
  },
  {
    id: 'maputo-protocol',
    label: "Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa",
    names: ["Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa", 'Maputo Protocol'],
    numberedBy: 'article',
  },
  {
    id: 'acrwc',
    label: 'African Charter on the Rights and Welfare of the Child',
    names: ['African Charter on the Rights and Welfare of the Child'],
    numberedBy: 'article',
  },
  {
    id: 'arab-charter',
    label: 'Arab Charter on Human Rights',
    names: ['Arab Charter on Human Rights'],
    numberedBy: 'article',
  },

  // Declarations (REFS rule 18: never treaty articles).
  {
    id: 'udhr',
    label: 'Universal Declaration of Human Rights',
    names: ['Universal Declaration of Human Rights', 'Universal Declaration'],
    acronyms: ['UDHR'],
    numberedBy: 'article',
    wikidata: 'Q7813',
  },
  {
    id: 'undrip',
    label: 'United Nations Declaration on the Rights of Indigenous Peoples',
    names: ['United Nations Declaration on the Rights of Indigenous Peoples', 'Declaration on the Rights of Indigenous Peoples'],
    acronyms: ['UNDRIP'],
    numberedBy: 'article',
  },
  {
    id: 'devaw',
    label: 'Declaration on the Elimination of Violence against Women',
    names: ['Declaration on the Elimination of Violence against Women'],
    numberedBy: 'article',
  },
  {
    id: 'declaration-against-torture',
    label: 'Declaration on the Protection of All Persons from Being Subjected to Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    names: ['Declaration on the Protection of All Persons from Being Subjected to Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
      'Declaration on the Protection of All Persons from Being Subjected to Torture'],
    numberedBy: 'article',
  },
  {
    id: 'declaration-enforced-disappearance',
    label: 'Declaration on the Protection of All Persons from Enforced Disappearance',
    names: ['Declaration on the Protection of All Persons from Enforced Disappearance'],
    numberedBy: 'article',
  },
  {
    id: 'declaration-human-rights-defenders',
    label: 'Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms',
    names: ['Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms',
      'Declaration on Human Rights Defenders'],
    numberedBy: 'article',
  },
  {
    id: 'declaration-minorities',
    label: 'Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities',
    names: ['Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities'],
    numberedBy: 'article',
  },
  {
    id: 'vdpa',
    label: 'Vienna Declaration and Programme of Action',
    names: ['Vienna Declaration and Programme of Action'],
    numberedBy: 'paragraph',
  },
  {
    id: 'beijing-declaration',
    label: 'Beijing Declaration and Platform for Action',
    names: ['Beijing Declaration and Platform for Action', 'Beijing Platform for Action'],
    numberedBy: 'paragraph',
  },
  {
    id: 'durban-declaration',
    label: 'Durban Declaration and Programme of Action',
    names: ['Durban Declaration and Programme of Action'],
    numberedBy: 'paragraph',
  },

  // Standards, rules, principles and guidelines.
  {
    id: 'smr',
    label: 'United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)',
    names: ['United Nations Standard Minimum Rules for the Treatment of Prisoners', 'Standard Minimum Rules for the Treatment of Prisoners',
      'Nelson Mandela Rules', 'Mandela Rules'],
    patterns: [/\bStandard\s+Minimum\s+Rules\b(?!\s+for\s+(?:the\s+Administration|Non[-\s]?custodial))/],
    numberedBy: 'rule',
  },
  {
    id: 'bangkok-rules',
    label: 'United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)',
    names: ['United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders',
      'Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders', 'Bangkok Rules'],
    numberedBy: 'rule',
  },
  {
    id: 'beijing-rules',
    label: 'United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the Beijing Rules)',
    names: ['United Nations Standard Minimum Rules for the Administration of Juvenile Justice',
      'Standard Minimum Rules for the Administration of Juvenile Justice', 'Beijing Rules'],
    numberedBy: 'rule',
  },
  {
    id: 'tokyo-rules',
    label: 'United Nations Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules)',
    names: ['United Nations Standard Minimum Rules for Non-custodial Measures', 'Standard Minimum Rules for Non-custodial Measures', 'Tokyo Rules'],
    numberedBy: 'rule',
  },
  {
    id: 'havana-rules',
    label: 'United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules)',
    names: ['United Nations Rules for the Protection of Juveniles Deprived of their Liberty', 'Rules for the Protection of Juveniles Deprived of their Liberty',
      'Rules for the Protection of Juveniles Deprived of Liberty', 'Havana Rules'],
    numberedBy: 'rule',
  },
  {
    id: 'riyadh-guidelines',
    label: 'United Nations Guidelines for the Prevention of Juvenile Delinquency (the Riyadh Guidelines)',
    names: ['United Nations Guidelines for the Prevention of Juvenile Delinquency', 'Guidelines for the Prevention of Juvenile Delinquency', 'Riyadh Guidelines'],
    numberedBy: 'paragraph',
  },
  {
    id: 'european-prison-rules',
    label: 'European Prison Rules',
    names: ['European Prison Rules'],
    numberedBy: 'rule',
  },
  {
    id: 'body-of-principles',
    label: 'Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment',
    names: ['Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment',
      'Body of Principles for the Protection of All Persons', 'Body of Principles'],
    numberedBy: 'principle',
  },
  {
    id: 'istanbul-protocol',
    label: 'Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (Istanbul Protocol)',
    names: ['Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
      'Istanbul Protocol'],
    numberedBy: 'paragraph',
  },
  {
    id: 'investigation-principles',
    label: 'Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    names: ['Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'],
    numberedBy: 'principle',
  },
  {
    id: 'minnesota-protocol',
    label: 'Minnesota Protocol on the Investigation of Potentially Unlawful Death',
    names: ['Minnesota Protocol on the Investigation of Potentially Unlawful Death', 'Minnesota Protocol'],
    numberedBy: 'paragraph',
  },
  {
    id: 'paris-principles',
    label: 'Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights (the Paris Principles)',
    names: ['Principles relating to the Status of National Institutions for the Promotion and Protection of Human Rights',
      'Principles relating to the Status of National Institutions', 'Paris Principles'],
    numberedBy: 'principle',
  },
  {
    id: 'basic-principles-reparation',
    label: 'Basic Principles and Guidelines on the Right to a Remedy and Reparation for Victims of Gross Violations of International Human Rights Law and Serious Violations of International Humanitarian Law',
    names: ['Basic Principles and Guidelines on the Right to a Remedy and Reparation for Victims of Gross Violations of International Human Rights Law and Serious Violations of International Humanitarian Law',
      'Basic Principles and Guidelines on the Right to a Remedy and Reparation'],
    patterns: [/\bBasic\s+Principles\s+and\s+Guidelines\s+on\s+the\s+Right\s+(?:to\s+a|of)\s+Remedy\s+and\s+Reparation(?:\s+for\s+Victims\s+of\s+Gross\s+Violations\s+of\s+International(?:\s+Human\s+Rights\s+Law(?:\s+and\s+Serious\s+Violations\s+of\s+International\s+Humanitarian\s+Law)?)?)?/i],
    numberedBy: 'principle',
  },
  {
    id: 'basic-principles-force',
    label: 'Basic Principles on the Use of Force and Firearms by Law Enforcement Officials',
    names: ['Basic Principles on the Use of Force and Firearms by Law Enforcement Officials'],
    numberedBy: 'principle',
  },
  {
    id: 'code-of-conduct-leo',
    label: 'Code of Conduct for Law Enforcement Officials',
    names: ['Code of Conduct for Law Enforcement Officials'],
    numberedBy: 'article',
  },
  {
    id: 'basic-principles-lawyers',
    label: 'Basic Principles on the Role of Lawyers',
    names: ['Basic Principles on the Role of Lawyers'],
    numberedBy: 'principle',
  },
  {
    id: 'basic-principles-judiciary',
    label: 'Basic Principles on the Independence of the Judiciary',
    names: ['Basic Principles on the Independence of the Judiciary'],
    numberedBy: 'principle',
  },
  {
    id: 'guidelines-prosecutors',
    label: 'Guidelines on the Role of Prosecutors',
    names: ['Guidelines on the Role of Prosecutors'],
    numberedBy: 'paragraph',
  },
  {
    id: 'bangalore-principles',
    label: 'Bangalore Principles of Judicial Conduct',
    names: ['Bangalore Principles of Judicial Conduct', 'Bangalore Principles'],
    numberedBy: 'principle',
  },
  {
    id: 'legal-aid-principles',
    label: 'United Nations Principles and Guidelines on Access to Legal Aid in Criminal Justice Systems',
    names: ['United Nations Principles and Guidelines on Access to Legal Aid in Criminal Justice Systems', 'Principles and Guidelines on Access to Legal Aid in Criminal Justice Systems'],
    numberedBy: 'principle',
  },
  {
    id: 'access-to-justice-disabilities-principles',
    label: 'International Principles and Guidelines on Access to Justice for Persons with Disabilities',
    names: ['International Principles and Guidelines on Access to Justice for Persons with Disabilities'],
    numberedBy: 'principle',
  },
  {
    id: 'guiding-principles-business',
    label: 'Guiding Principles on Business and Human Rights',
    names: ['Guiding Principles on Business and Human Rights'],
    numberedBy: 'principle',
  },
  {
    id: 'guiding-principles-displacement',
    label: 'Guiding Principles on Internal Displacement',
    names: ['Guiding Principles on Internal Displacement'],
    numberedBy: 'principle',
  },
  {
    id: 'yogyakarta-principles',
    label: 'Yogyakarta Principles',
    names: ['Yogyakarta Principles'],
    numberedBy: 'principle',
  },
];

export function instrumentById(id: string): InstrumentEntry | undefined {
  return INSTRUMENTS.find((entry) => entry.id === id);
}

export function instrumentByTreaty(code: TreatyCode): InstrumentEntry | undefined {
  return INSTRUMENTS.find((entry) => entry.treaty === code);
}

/** The instrument of a treaty code as written in references ('CAT', 'OP-ICCPR') or one of its aliases ('ICCPR'). */
export function treatyInstrument(code: string): InstrumentEntry | undefined {
  const canonical = canonicalTreatyCode(code);
  return canonical ? instrumentByTreaty(canonical) : undefined;
}
