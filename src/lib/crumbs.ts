import { urls } from './site';

/** One step of the trail to the current page. */
export interface Crumb {
  href: string;
  label: string;
}

/** Trail to a page directly under an edition's home. */
export function editionCrumbs(edition: string, name: string): Crumb[] {
  const home = urls.edition(edition);
  return [...(urls.home() === home ? [] : [{ href: urls.home(), label: 'Alle visies' }]), { href: home, label: name }];
}
