import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentDir, singleEdition } from '../lib/build-options';
import { checkContent, formatProblems } from '../lib/content/check';

/**
 * Checks content/ before Astro reads it (src/lib/content/check.ts), so a file the build would
 * skip, misread or replace stops the build by name instead of vanishing from the site.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': () => {
        const problems = checkContent(contentDir, singleEdition);
        if (problems.length === 0) return;
        throw new AstroError(
          `content/ has ${problems.length === 1 ? 'a file' : `${problems.length} files`} the site cannot publish as ${problems.length === 1 ? 'it is' : 'they are'}:\n${formatProblems(problems)}`,
          'Every file in content/ is published, or named here with what to do. See "Content" in README.md.',
        );
      },
    },
  };
}
