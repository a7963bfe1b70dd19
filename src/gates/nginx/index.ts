/**
 * A small reader of nginx configuration, to check deploy/nginx.conf where nginx is not
 * installed (`nginx -t` checks it where it is). It knows the directives the example uses and
 * the nginx version each needs: the file must work on the nginx Debian 12 ships (1.22).
 */

/** The nginx of Debian 12 (bookworm), the oldest one the example must work on. */
export const DEBIAN_NGINX = '1.22.1';

/** Directives the example may use: where each may stand, and since which nginx version if later than 1.0. */
const DIRECTIVES: Record<string, { in: string[]; since?: string }> = {
  server: { in: ['http'] },
  listen: { in: ['server'] },
  server_name: { in: ['server'] },
  ssl_certificate: { in: ['http', 'server'] },
  ssl_certificate_key: { in: ['http', 'server'] },
  root: { in: ['http', 'server', 'location'] },
  index: { in: ['http', 'server', 'location'] },
  charset: { in: ['http', 'server', 'location'] },
  include: { in: ['main', 'http', 'server', 'location'] },
  add_header: { in: ['http', 'server', 'location'] },
  location: { in: ['server', 'location'] },
  return: { in: ['server', 'location'] },
  try_files: { in: ['server', 'location'] },
  error_page: { in: ['http', 'server', 'location'] },
  expires: { in: ['http', 'server', 'location'] },
  gzip: { in: ['http', 'server', 'location'] },
  gzip_types: { in: ['http', 'server', 'location'] },
  // "http2 on;" replaced "listen ... http2" in 1.25.1; older nginx stops at it.
  http2: { in: ['http', 'server'], since: '1.25.1' },
};

interface Directive {
  name: string;
  args: string[];
  line: number;
  block?: Directive[];
}

/** Splits a configuration into words, quoted strings and { } ; with their lines. */
function tokens(text: string): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  const pattern = /#[^\n]*|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};#"']+|\n/g;
  let line = 1;
  for (const [value] of text.matchAll(pattern)) {
    if (value === '\n') line++;
    else if (!value.startsWith('#')) found.push({ value, line });
  }
  return found;
}

/** The directives of a configuration as a tree; throws on a missing ; or an unbalanced brace. */
export function parseNginx(text: string): Directive[] {
  const stack: Directive[][] = [[]];
  let words: { value: string; line: number }[] = [];
  for (const token of tokens(text)) {
    if (token.value === ';' || token.value === '{') {
      const [name, ...args] = words;
      if (!name) throw new Error(`line ${token.line}: "${token.value}" without a directive`);
      const directive: Directive = { name: name.value, args: args.map((a) => a.value), line: name.line };
      stack.at(-1)!.push(directive);
      if (token.value === '{') stack.push((directive.block = []));
      words = [];
    } else if (token.value === '}') {
      if (words.length) throw new Error(`line ${words[0]!.line}: "${words.map((w) => w.value).join(' ')}" does not end with ;`);
      if (stack.length === 1) throw new Error(`line ${token.line}: } without {`);
      stack.pop();
    } else {
      words.push(token);
    }
  }
  if (words.length) throw new Error(`line ${words[0]!.line}: "${words.map((w) => w.value).join(' ')}" does not end with ;`);
  if (stack.length > 1) throw new Error('a { is not closed');
  return stack[0]!;
}

const older = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! < y![i]!;
  return false;
};

/** What keeps a server configuration (the contents of http { }) from loading on `version`. */
export function nginxProblems(text: string, version = DEBIAN_NGINX): string[] {
  let tree: Directive[];
  try {
    tree = parseNginx(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const walk = (directives: Directive[], context: string) => {
    for (const d of directives) {
      const spec = DIRECTIVES[d.name];
      if (!spec) problems.push(`line ${d.line}: unknown directive "${d.name}"`);
      else if (!spec.in.includes(context)) problems.push(`line ${d.line}: "${d.name}" is not allowed in ${context}`);
      else if (spec.since && older(version, spec.since)) problems.push(`line ${d.line}: "${d.name}" needs nginx ${spec.since}; Debian 12 ships ${version}`);
      if (d.block) walk(d.block, d.name);
    }
  };
  walk(tree, 'http');
  return problems;
}
