import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, readPage } from '../src/gates/dist';

/** The visible text of every page of an edition, tags stripped, spaces folded. */
function editionText(edition: string): string {
  return builtPages(DIST)
    .filter((url) => url.startsWith(`/${edition}/`))
    .map((url) => readPage(DIST, url).replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/&nbsp;|\s+/g, ' ');
}

/**
 * Facts of the source documents that must stay on the site: names, figures (in Dutch
 * notation, as the tables print them), methods. A failing row names what went missing.
 */
const facts: Record<string, string[]> = {
  zuidplas: [
    // the five layers' societal tasks and the four organisational tasks
    'Eigen kracht', 'Sterke sociale basis', 'Toegankelijk en beschikbaar', 'Doelmatig en passend', 'Gecoördineerd en integraal',
    'Van klacht naar kracht', 'Ketensamenwerking', 'Impactgedreven werken', 'Inclusie',
    // annex 2: population, Wmo, jeugdhulp, bijstand
    '48.840', '24.337', '24.503', '9.397', '2.277', '4,7%', '24%', '1,7', '11.365', '1.036', '2,1%', '1,6', '2,6%',
    // the digital questionnaire
    '91%', '30%', '79%',
    // methods and names
    '1Gezin1Plan1Regisseur', 'Zorg- en Veiligheidskamer', 'Cortelande', 'Positieve gezondheid', 'Zo maken we keuzes',
    // the 14 annexes
    'Managementrapportage', 'Huidige beeld', 'Terugkoppeling Uitgangspunten Startnotitie', 'Relevante wettelijke kaders',
    'Relevante lokale, regionale en landelijke beleidskaders', 'Samenhang beleid lokaal', 'Samenhang beleid regionaal en landelijk',
    'Afwegingskader', 'Verslag participatietraject', 'Uitkomsten digitale vragenlijst inwonerspanel', 'Eerste reactie Adviesraad Sociaal Domein',
    'Reactie Adviesraad Sociaal Domein op definitieve versie', 'Reactie College op advisering van Adviesraad Sociaal Domein', 'Bronnen',
  ],
  ijsselstein: ['Samen op weg', '240952', 'Zorg4IJsselstein', 'Versterken eigen kracht', 'Samen doen', 'Leefbaar en veilig', 'Veerkrachtige fundamenten', 'Dit is onze inzet', '2040'],
  'dijk-en-waard': ['Voor mij als inwoner', 'Voor ons als maatschappelijke organisatie', 'Voor ons als gemeente'],
  meierijstad: ['Geld', 'Gezondheid', 'Geluk', 'Gezin', 'Programma Sociaal Domein'],
  soest: ['plan van aanpak', 'Positieve Gezondheid', 'Gezond leven', 'Kansengelijkheid', 'Bestaanszekerheid', '100.000'],
};

describe.each(Object.entries(facts))('%s keeps the facts of its source', (edition, expected) => {
  const text = editionText(edition);
  test.each(expected)('%s', (fact) => expect(text).toContain(fact));
});

/**
 * The 25 headings of annex 4 of the Zuidplas source (two name two laws), written out here from the
 * source document, with the register page of each law: the site must link both ways.
 */
const ANNEX_4: [heading: string, laws: string[]][] = [
  ['Algemene verordening gegevensbescherming (AVG)', ['avg']],
  ['Jeugdwet', ['jeugdwet']],
  ['Leerplichtwet', ['leerplichtwet']],
  ['Omgevingswet', ['omgevingswet']],
  ['Participatiewet', ['participatiewet']],
  ['Wet arbeidsmarkt in balans (WAB)', ['wet-arbeidsmarkt-in-balans']],
  ['Wet educatie en beroepsonderwijs (WEB)', ['wet-educatie-en-beroepsonderwijs']],
  ['Wet gemeentelijke antidiscriminatievoorzieningen', ['wet-gemeentelijke-antidiscriminatievoorzieningen']],
  ['Wet gemeentelijke schuldhulpverlening (Wgs)', ['wet-gemeentelijke-schuldhulpverlening']],
  ['Wet inburgering', ['wet-inburgering']],
  ['Wet kinderopvang', ['wet-kinderopvang']],
  ['Wet Langdurige zorg', ['wet-langdurige-zorg']],
  ['Wet maatschappelijke ondersteuning (Wmo)', ['wmo-2015']],
  ['Wet ontwikkelingskansen door kwaliteit en educatie', ['wet-ontwikkelingskansen-door-kwaliteit-en-educatie']],
  ['Wet op de Expertisecentra', ['wet-op-de-expertisecentra']],
  ["Wet op de veiligheidsregio's", ['wet-veiligheidsregios']],
  ['Wet op het Primair Onderwijs, Wet op Voortgezet Onderwijs', ['wet-op-het-primair-onderwijs', 'wet-op-het-voortgezet-onderwijs']],
  ['Wet passend onderwijs', ['wet-passend-onderwijs']],
  ['Wet publieke gezondheid (Wpg)', ['wet-publieke-gezondheid']],
  ['Wet stichting openbare bibliotheken', ['wet-stelsel-openbare-bibliotheekvoorzieningen']],
  ['Wet tijdelijk huisverbod', ['wet-tijdelijk-huisverbod']],
  ['Wet verplichte GGZ', ['wet-verplichte-ggz']],
  ['Wet zorg en dwang (Wzd)', ['wet-zorg-en-dwang']],
  ['Woningwet en Huisvestingswet', ['woningwet', 'huisvestingswet']],
  ['Zorgverzekeringswet', ['zorgverzekeringswet']],
];

describe('Zuidplas names every law of its annex 4', () => {
  test('25 headings, 27 laws', () => {
    expect(ANNEX_4).toHaveLength(25);
    expect(ANNEX_4.flatMap(([, laws]) => laws)).toHaveLength(27);
  });
  const annex = readPage(DIST, '/zuidplas/bijlagen/wettelijke-kaders/');
  test.each(ANNEX_4.flatMap(([heading, laws]) => laws.map((law) => [law, heading])))('%s (%s): its register page links back to Zuidplas, the annex links to it', (law) => {
    expect(readPage(DIST, `/wetten/${law}/`)).toMatch(/href="\/zuidplas\/[^"]*"/);
    expect(annex).toContain(`href="/wetten/${law}/"`);
  });
});

describe('Meierijstad has all 18 strategic goals', () => {
  test('18 goals across the 4G\'s', () => {
    const goals = builtPages(DIST)
      .filter((url) => url.startsWith('/meierijstad/pijlers/') && url !== '/meierijstad/pijlers/')
      .map((url) => readPage(DIST, url).match(/<section aria-labelledby="doelen"[\s\S]*?<\/section>/)?.[0].match(/<li/g)?.length ?? 0);
    expect(goals.reduce((a, b) => a + b, 0)).toBe(18);
  });
});

describe('the law register is checked against the official text', () => {
  const laws = readdirSync('content/wetten').map((f) => f.replace(/\.yaml$/, ''));
  test.each(laws)('%s says when it was checked', (law) => {
    expect(readPage(DIST, `/wetten/${law}/`)).toMatch(/Gecontroleerd met de officiële tekst op <time datetime="\d{4}(-\d\d){0,2}">[^<]+<\/time>\./);
  });

  test('the Wsob states no exception for under-18s (abolished on 1 July 2022)', () => {
    expect(readPage(DIST, '/wetten/wet-stelsel-openbare-bibliotheekvoorzieningen/')).not.toMatch(/tenzij het college/);
  });

  test('the Wet passend onderwijs (2014) does not link the WVO 2020 (2022) as a law it changed', () => {
    const changed = readPage(DIST, '/wetten/wet-passend-onderwijs/').match(/Wijzigde<\/dt><dd>([\s\S]*?)<\/dd>/)![1]!;
    expect(changed).not.toContain('href="/wetten/wet-op-het-voortgezet-onderwijs/"');
    expect(changed).toContain('Wet op het voortgezet onderwijs');
  });
});
