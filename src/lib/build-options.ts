/**
 * What this build publishes and where, from the environment. `EDITION=zuidplas npm run build`
 * builds one edition alone at the site root, with only the laws it names; without it every
 * edition is built. A deployer sets SITE_URL and SECURITY_CONTACT; `PRODUCTION=1` refuses to
 * build without them.
 */
export const singleEdition: string | undefined = process.env.EDITION?.trim() || undefined;

/**
 * The editions whose pages this build renders when it is one shard of a large site
 * (`EDITIONS=zuidplas,soest`; scripts/build-shards.ts sets it): every other edition is read as
 * metadata only, so the pages all editions share (home, search, A–Z, laws) stay whole while the
 * build compiles only the shard's own MDX. Undefined: every edition; empty: the shared pages only.
 */
export const shardEditions: string[] | undefined =
  process.env.EDITIONS === undefined ? undefined : process.env.EDITIONS.split(',').map((s) => s.trim()).filter(Boolean);

if (singleEdition && shardEditions) throw new Error('EDITION and EDITIONS cannot be combined: EDITION builds one edition as a site of its own, EDITIONS one shard of the site of all editions.');

/** Whether this build renders the pages of an edition (all of them, unless it is a shard). */
export const rendersEdition = (slug: string): boolean => !shardEditions || shardEditions.includes(slug);

/** Folder of the content, relative to the project root. */
export const contentDir: string = process.env.CONTENT_DIR?.trim() || 'content';

/** The address used when SITE_URL is not set: canonical links, sitemap and citations then point nowhere. */
export const PLACEHOLDER_SITE = 'https://sociale-visie.example';

/** What security.txt says when SECURITY_CONTACT is not set: an address nobody reads. */
export const PLACEHOLDER_CONTACT = 'mailto:security@example.org';

/** The public address of the site (SITE_URL). */
export const siteUrl: string = process.env.SITE_URL?.trim() || PLACEHOLDER_SITE;

/** Where to report a security problem (SECURITY_CONTACT), for /.well-known/security.txt. */
export const securityContact: string = process.env.SECURITY_CONTACT?.trim() || PLACEHOLDER_CONTACT;

/** A deployment setting that is missing or wrong: what and how to fix it. */
export interface DeployProblem {
  problem: string;
  fix: string;
}

/** What a deployer has not set, or set wrong. Pure: the environment in, problems out. */
export function deployProblems(env: Record<string, string | undefined>): DeployProblem[] {
  const problems: DeployProblem[] = [];
  const site = env.SITE_URL?.trim();
  if (!site) {
    problems.push({
      problem: `SITE_URL is not set: every canonical link, share link, citation and the sitemap say ${PLACEHOLDER_SITE}.`,
      fix: 'Set SITE_URL to the public address, like SITE_URL=https://visie.zuidplas.nl.',
    });
  } else if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(site)) {
    problems.push({ problem: `SITE_URL "${site}" is not an http(s) address.`, fix: 'Write it like https://visie.zuidplas.nl, without spaces.' });
  }
  const contact = env.SECURITY_CONTACT?.trim();
  if (!contact) {
    problems.push({
      problem: `SECURITY_CONTACT is not set: /.well-known/security.txt names ${PLACEHOLDER_CONTACT}, which nobody reads.`,
      fix: 'Set SECURITY_CONTACT to the municipality\'s address for security reports, like SECURITY_CONTACT=mailto:security@zuidplas.nl.',
    });
  } else if (!/^(mailto:[^\s@]+@[^\s@]+\.[^\s@]+|https:\/\/[^\s/]+(\/\S*)?)$/.test(contact)) {
    problems.push({
      problem: `SECURITY_CONTACT "${contact.replace(/\s+/g, ' ')}" is not a mailto: or https: address on one line.`,
      fix: 'Write it like mailto:security@zuidplas.nl or https://www.zuidplas.nl/beveiliging.',
    });
  }
  return problems;
}

/** PRODUCTION=1 (or true): a build for the public, which stops on any deploy problem. */
export const production = ['1', 'true'].includes(process.env.PRODUCTION?.trim().toLowerCase() ?? '');

/**
 * Checks the deploy settings of this build: a production build stops on a problem, any other
 * build warns loudly (a test or preview build may use the placeholders).
 */
export function checkDeploySettings(env = process.env, isProduction = production): void {
  const problems = deployProblems(env);
  if (problems.length === 0) return;
  const text = problems.map((p) => `  - ${p.problem}\n    ${p.fix}`).join('\n');
  if (isProduction) throw new Error(`PRODUCTION=1: this build cannot be published.\n${text}`);
  console.warn(`\n*** WARNING: this build is not ready to publish (PRODUCTION=1 would stop here) ***\n${text}\n`);
}
