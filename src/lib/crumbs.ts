import type { Crumb } from '../components/Breadcrumbs.astro';
import { urls } from './site';

/** Trail to a page directly under an edition's home. */
export function editionCrumbs(edition: string, name: string): Crumb[] {
  const home = urls.edition(edition);
  return [...(urls.home() === home ? [] : [{ href: urls.home(), label: 'Alle visies' }]), { href: home, label: name }];
}
