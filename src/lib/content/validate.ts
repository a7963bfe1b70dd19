/** Checks across entries that a single schema cannot see. Pure: entries in, problems out. */

export interface Located {
  /** Entry id, "<edition>/<file>". */
  id: string;
  /** Path of the file, for the message. */
  filePath?: string;
}

/** A problem the author must fix: what is wrong and how to fix it. */
export interface Problem {
  message: string;
  hint: string;
}

/** Two entries of one edition that share a value that must be unique (an order, a number). */
export function duplicates<T extends Located>(entries: T[], field: string, value: (e: T) => unknown): Problem[] {
  const seen = new Map<unknown, T>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const key = value(entry);
    const first = seen.get(key);
    if (first) {
      problems.push({
        message: `${entry.filePath ?? entry.id} and ${first.filePath ?? first.id} both have ${field}: ${String(key)}.`,
        hint: `Give each file its own ${field}.`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return problems;
}

/** Orders must run 1, 2, 3, ... without gaps, so previous/next and the pyramid read right. */
export function gaps<T extends Located>(entries: T[], field: string, value: (e: T) => number): Problem[] {
  const numbers = entries.map(value).sort((a, b) => a - b);
  const missing = numbers.length ? numbers.findIndex((n, i) => n !== i + 1) : -1;
  if (missing === -1) return [];
  return [
    {
      message: `The ${field} values of ${entries.map((e) => e.filePath ?? e.id).join(', ')} are ${numbers.join(', ')}; ${missing + 1} is missing.`,
      hint: `Number them 1, 2, 3, ... without gaps.`,
    },
  ];
}

/** Entries in a folder of an edition that has no gemeente.yaml. */
export function orphans<T extends Located>(entries: T[], editions: Set<string>): Problem[] {
  return entries
    .filter((e) => !editions.has(e.id.split('/')[0]!))
    .map((e) => ({
      message: `${e.filePath ?? e.id} belongs to edition "${e.id.split('/')[0]}", which has no gemeente.yaml.`,
      hint: `Add content/gemeenten/${e.id.split('/')[0]}/gemeente.yaml, or move the file into an existing edition.`,
    }));
}

/** A law of the register with the date it took effect and the laws it changed. */
export interface DatedLaw extends Located {
  /** ISO date, possibly partial: 2014-08-01, 2014-08 or 2014. */
  inForce: string;
  amends?: string[];
}

/** True when ISO date `a` is certainly later than `b`: compared at the precision both have (2014 vs 2014-08-01 is not later). */
const certainlyLater = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
};

/**
 * An act can only have changed a law that already existed when the act took effect: every law it
 * `amends` must have an inForce no later than the act's. Unknown ids are left to the register check.
 */
export function amendsLaterLaws(laws: DatedLaw[]): Problem[] {
  const byId = new Map(laws.map((l) => [l.id, l]));
  return laws.flatMap((act) =>
    (act.amends ?? []).flatMap((id) => {
      const amended = byId.get(id);
      if (!amended || !certainlyLater(amended.inForce, act.inForce)) return [];
      return [
        {
          message: `${act.filePath ?? act.id}: amends "${id}", which took effect on ${amended.inForce} (its inForce), after this act took effect on ${act.inForce} (inForce). An act cannot have changed a law that did not exist yet.`,
          hint: 'Under amends, list only laws that existed when the act took effect; name a law it changed that the register does not hold under alsoAmends. Or correct inForce in the file that is wrong.',
        },
      ];
    }),
  );
}
