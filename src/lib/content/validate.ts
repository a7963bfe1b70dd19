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
