/**
 * MDX in content/ is content, not code. MDX can import modules, run JavaScript in `{...}` and
 * write any HTML; a page that policy staff edit must do none of that: an `import` runs on the
 * build machine, `{process.env.X}` publishes its secrets, `<meta http-equiv="refresh">` sends
 * readers elsewhere. This Sätteri mdast plugin (Astro's MDX processor) reads the parsed tree and
 * stops the build with every problem of a file at once, each with the file, the line and what to
 * write instead. It also turns MDX's own syntax errors into messages that say how to fix them.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement, PluginFactoryContext } from 'satteri';
import { parseYamlFile } from '../lib/content/yaml-file';
import { HTML_ELEMENTS, LINK_SCHEMES, MDX_COMPONENTS, RETIRED_COMPONENTS, type MdxComponentName } from './allowed';

type Position = { start: { line: number } } | undefined;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS).join(', ');
const ELEMENT_NAMES = Object.keys(HTML_ELEMENTS).map((name) => `<${name}>`).join(', ');
const ESCAPE_BRACE = 'For a brace in the text, write \\{ (and \\}); a note for editors is written {/* note */}.';

const isComponent = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENTS, name);

/** {/* a note *\/}: an editor's note that is never published and runs nothing, the one expression content may hold. */
const isComment = (expression: string) => {
  const text = expression.trim();
  return text.startsWith('/*') && text.indexOf('*/') === text.length - 2;
};

/**
 * Why a link or image address may not be published, or undefined when it may. Browsers drop tabs
 * and newlines in a URL and trim control characters, so "java&#9;script:" is checked as they read it.
 */
export function urlProblem(url: string, image = false): string | undefined {
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (image && (scheme || read.startsWith('//'))) {
    return `the image "${url}" is not a file of this site; the site's security policy would block it. Put the image in the site and use its path.`;
  }
  if (read.startsWith('//')) return `"${url}" leaves out https:. Write the whole address: https:${read}.`;
  if (!scheme || LINK_SCHEMES.includes(`${scheme}:`)) return undefined;
  if (scheme === 'http') return `"${url}" is not secure. Write https:// (most sites support it).`;
  return `"${url}" is not a link content may publish. Use an https: address, mailto:, tel: or a path of this site (../../pijlers/).`;
}

/** What is wrong with the props of a component or HTML element, each as a sentence. */
function propProblems(element: JsxElement, name: string, allowed: readonly string[], required: readonly string[] = []): string[] {
  const problems: string[] = [];
  const written = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name} {${attribute.value}}> runs JavaScript, which content may not use. Write each prop as name="text".`);
      continue;
    }
    written.add(attribute.name);
    if (!allowed.includes(attribute.name)) {
      problems.push(
        `<${name} ${attribute.name}=...>: ${name} has no "${attribute.name}". ${allowed.length ? `It takes: ${allowed.join(', ')}.` : 'It takes no props.'}`,
      );
    } else if (attribute.value && typeof attribute.value === 'object' && !['true', 'false'].includes(attribute.value.value.trim())) {
      problems.push(`<${name} ${attribute.name}={${attribute.value.value}}> runs JavaScript, which content may not use. Write ${attribute.name}="text" (or true/false).`);
    }
  }
  const missing = required.filter((prop) => !written.has(prop));
  if (missing.length) problems.push(`<${name}> needs ${missing.map((p) => `${p}="..."`).join(' and ')}.`);
  return problems;
}

/** The laws an edition names in its wetten.yaml: an MDX page may link only those. */
function namedLaws(contentDir: string, edition: string): { file: string; laws: Set<string> } {
  const file = join(contentDir, 'gemeenten', edition, 'wetten.yaml');
  const shown = relative(process.cwd(), file);
  if (!existsSync(file)) return { file: shown, laws: new Set() };
  const data = parseYamlFile(readFileSync(file, 'utf8'), shown) as { laws?: { law?: unknown }[] } | undefined;
  return { file: shown, laws: new Set((data?.laws ?? []).map((l) => String(l.law))) };
}

/** Why a <LawRef id> in an edition's page cannot be published, or undefined. */
function lawRefProblem(contentDir: string, edition: string | undefined, id: string): string | undefined {
  if (!existsSync(join(contentDir, 'wetten', `${id}.yaml`))) {
    return `<LawRef id="${id}" />: "${id}" is not in the law register. Use the file name of a law in ${relative(process.cwd(), join(contentDir, 'wetten'))}/ (without .yaml), or add the law there first.`;
  }
  if (!edition) return undefined;
  const { file, laws } = namedLaws(contentDir, edition);
  if (laws.has(id)) return undefined;
  return `<LawRef id="${id}" /> links to a law this edition does not name. Add "law: ${id}" with its reason to ${file}: a build of this edition alone (EDITION=${edition}) publishes only the laws listed there.`;
}

/** The mdast plugin for one MDX file of the content folder. */
export function contentPolicyPlugin(contentDir: string, file: string): MdastPluginDefinition {
  const shown = relative(process.cwd(), file);
  const [top, edition] = relative(contentDir, file).split(sep);
  const problems: { line: number; text: string }[] = [];
  // Visitors return nothing: Sätteri would take a returned value as a replacement node.
  const add = (position: Position, text: string): void => void problems.push({ line: position?.start.line ?? 0, text });
  const jsx = (element: JsxElement): void => {
    const { name } = element;
    if (name === null) return add(element.position, 'a fragment <>...</> has no meaning in content. Remove <> and </>.');
    if (isComponent(name)) {
      const spec = MDX_COMPONENTS[name];
      propProblems(element, name, [...spec.required, ...spec.optional], spec.required).forEach((p) => add(element.position, p));
      if (name === 'LawRef') {
        const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        const problem = typeof id === 'string' ? lawRefProblem(contentDir, top === 'gemeenten' ? edition : undefined, id) : undefined;
        if (problem) add(element.position, problem);
      }
      return;
    }
    if (Object.hasOwn(RETIRED_COMPONENTS, name)) return add(element.position, `<${name}> is no longer available: ${RETIRED_COMPONENTS[name]}`);
    const attributes = HTML_ELEMENTS[name];
    if (attributes) return propProblems(element, name, attributes).forEach((p) => add(element.position, p));
    const meant = Object.keys(MDX_COMPONENTS).find((component) => component.toLowerCase() === name.toLowerCase());
    if (meant) return add(element.position, `<${name}> is not a component content may use: a component starts with a capital. Write <${meant}>.`);
    add(
      element.position,
      /^[A-Z]/.test(name)
        ? `<${name}> is not a component content may use. Use one of: ${COMPONENT_NAMES} (no import needed).`
        : `<${name}> is HTML that content may not use. Write Markdown, or one of these elements: ${ELEMENT_NAMES}.`,
    );
  };
  return {
    name: 'content-policy',
    options: { position: true },
    mdxjsEsm: (node) => add(node.position, `content may not import or export code (${node.value.split('\n')[0]}). Remove the line: the components (${COMPONENT_NAMES}) need no import.`),
    mdxFlowExpression: (node) => void (isComment(node.value) || add(node.position, `{${node.value}} is JavaScript, which content may not use. ${ESCAPE_BRACE}`)),
    mdxTextExpression: (node) => void (isComment(node.value) || add(node.position, `{${node.value}} is JavaScript, which content may not use. ${ESCAPE_BRACE}`)),
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
    link: (node) => void (urlProblem(node.url) && add(node.position, urlProblem(node.url)!)),
    definition: (node) => void (urlProblem(node.url) && add(node.position, urlProblem(node.url)!)),
    image: (node) => void (urlProblem(node.url, true) && add(node.position, urlProblem(node.url, true)!)),
    after: () => {
      if (problems.length === 0) return;
      problems.sort((a, b) => a.line - b.line);
      const error = new AstroError(
        problems.map((p) => `${shown}:${p.line}: ${p.text}`).join('\n'),
        'MDX in content/ is text with components, never code. See "What MDX may use" in README.md.',
      );
      // Astro shows the location of the first problem (@astrojs/mdx reads line and column).
      throw Object.assign(error, { line: problems[0]!.line, column: 1 });
    },
  };
}

/** MDX's own syntax errors that puzzle authors, with what to write instead. */
const SYNTAX_FIXES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/closing tag for `<(br|hr|wbr|img)>`/, (m) => `An element without content closes itself in MDX: write <${m[1]} />.`],
  [/closing tag for `<([^>]+)>`/, (m) => `Close it with </${m[1]}> after its content; for a component around paragraphs, put <${m[1]}> and </${m[1]}> each on a line of its own.`],
  [/before name/, () => 'MDX has no <!-- comments -->: remove the comment. A < that starts no element is written &lt;.'],
  [/Unexpected character after `<`/, () => 'A < that starts no element is written &lt; (for example &lt;5%). A link is written as the text in [ ] followed by the address in ( ), not in < >.'],
  [/`\{`|in expression|brace/i, () => `A { starts JavaScript, which content may not use. ${ESCAPE_BRACE}`],
];

/** An MDX syntax error as "file:line: message", with the fix where it is a known puzzle. */
export function explainSyntaxError(message: string, file: string): { message: string; hint: string; line?: number; column?: number } {
  const at = /^(\d+):(\d+): /.exec(message);
  // The parser's own notes point to MDX features content may not use ({/* comments */}): the fix replaces them.
  const text = (at ? message.slice(at[0].length) : message).replace(/ \(mdx-[\w-]+:[\w-]+\)$/, '').replace(/ \(note: .*\)$/, '');
  const fix = SYNTAX_FIXES.map(([pattern, explain]) => {
    const match = pattern.exec(text);
    return match && explain(match);
  }).find(Boolean);
  return {
    message: `${relative(process.cwd(), file)}:${at?.[1] ?? 0}: ${text}`,
    hint: fix ?? 'See "What MDX may use" in README.md.',
    ...(at && { line: Number(at[1]), column: Number(at[2]) }),
  };
}

/**
 * Astro's MDX processor (Sätteri, its default) with the content policy for files in `contentDir`.
 * MDX elsewhere (none today) is developers' code and keeps its full power.
 */
export function contentMdxProcessor(contentDir: string) {
  const root = resolve(contentDir);
  const inContent = (file: string) => file.startsWith(root + sep);
  const processor = satteri({
    mdastPlugins: [(ctx: PluginFactoryContext) => (ctx.fileURL && inContent(fileURLToPath(ctx.fileURL)) ? contentPolicyPlugin(root, fileURLToPath(ctx.fileURL)) : null)],
  });
  const createMdxRenderer = processor.createMdxRenderer!.bind(processor);
  processor.createMdxRenderer = async (...args) => {
    const renderer = await createMdxRenderer(...args);
    return {
      ...renderer,
      process: async (content, file, frontmatter) => {
        try {
          return await renderer.process(content, file, frontmatter);
        } catch (error) {
          // MDX's parser reports "line:column: message"; our own errors already name the file.
          if (error instanceof AstroError || !(error instanceof Error) || !inContent(resolve(file)) || !/^\d+:\d+: /.test(error.message)) throw error;
          const explained = explainSyntaxError(error.message, file);
          throw Object.assign(new AstroError(explained.message, explained.hint), { line: explained.line, column: explained.column });
        }
      },
    };
  };
  return processor;
}
