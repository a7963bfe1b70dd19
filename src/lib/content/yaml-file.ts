import { AstroError } from 'astro/errors';
import { load, YAMLException } from 'js-yaml';

/** What to do about the YAML mistakes authors make most, by the parser's reason. */
const FIXES: [RegExp, string][] = [
  [/duplicated mapping key/, 'A field appears twice at the same level: keep one (merge the two), or rename the second.'],
  [/tab characters/, 'YAML indents with spaces, never tabs: replace the tab at the start of the line by spaces.'],
];
const GENERAL_FIX =
  'Check this line and the one above it: indent with spaces like the lines around it, put ": " after a field name, and put text that contains ": " or starts with a symbol in quotes.';

/**
 * Reads a YAML file of content/. A file of comments only reads as `empty`. A syntax error (a
 * duplicate field, a tab) stops the build with the file, the line and the fix, instead of the
 * parser's message without a file name. `offset`: lines of the file above the YAML (front matter).
 */
export function parseYamlFile(text: string, file: string, empty: unknown = undefined, offset = 0): unknown {
  // A file of comments only is no document for the parser, and how a list starts before its first entry.
  if (!text.replace(/^\s*#.*$/gm, '').trim()) return empty;
  try {
    return load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line + 1 + offset : undefined;
    const fix = FIXES.find(([reason]) => reason.test(error.reason))?.[1] ?? GENERAL_FIX;
    throw new AstroError(`${file}: ${line ? `line ${line}: ` : ''}${error.reason}.`, fix);
  }
}
