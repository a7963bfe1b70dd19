/**
 * What readers meet as an abbreviation: two or more capitals that are at least half of its letters
 * (GGD, KIS, KPI's, 1G1P1R); a leading "IJ" counts as one capital, so IJsselstein is a name and
 * IJVO an abbreviation; Wmo and DigiD read as words. The plain-language gate and the glossary
 * page share it. Pure.
 */
const LETTER = /\p{L}/u;
export const POSSESSIVE = /['’]s$/;

export function isAbbreviation(token: string): boolean {
  const word = token.replace(POSSESSIVE, '');
  if ([...word].filter((c) => LETTER.test(c)).length < 2) return false;
  const rest = [...(word.startsWith('IJ') ? word.slice(1) : word)];
  const capitals = rest.filter((c) => /\p{Lu}/u.test(c)).length;
  return capitals >= 2 && capitals * 2 >= rest.filter((c) => LETTER.test(c)).length;
}
