import type { Law } from '../../schemas/law';

type Identifier = Law['identifier'];

/** Link to the official text: wetten.overheid.nl, EUR-Lex or the Staatsblad. */
export function officialUrl(id: Identifier): string {
  if ('bwb' in id) return `https://wetten.overheid.nl/${id.bwb}/`;
  if ('celex' in id) return `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${id.celex}`;
  return `https://zoek.officielebekendmakingen.nl/stb-${id.staatsblad}.html`;
}

/** How the reference reads: "wetten.overheid.nl (BWBR0034925)". */
export function officialReference(id: Identifier): string {
  if ('bwb' in id) return `wetten.overheid.nl (${id.bwb})`;
  if ('celex' in id) return `EUR-Lex (CELEX ${id.celex})`;
  const [year, number] = id.staatsblad.split('-');
  return `Staatsblad ${year}, ${number}`;
}
