/**
 * A heading that moved keeps its old link working: a static host cannot redirect a fragment, so
 * on arrival (and on a later change of the fragment) an old id that is not on the page is replaced
 * by its new place, from <meta name="moved-headings"> (src/components/MovedHeadings.astro).
 */
const meta = document.querySelector<HTMLMetaElement>('meta[name="moved-headings"]');
const moves = meta ? (JSON.parse(meta.content) as Record<string, string>) : {};

function follow(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const to = moves[id];
  // replace(): the old address does not stay in the history, so Back does not bounce.
  if (to && !document.getElementById(id)) location.replace(to);
}

follow();
addEventListener('hashchange', follow);
