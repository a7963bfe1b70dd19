import type { ComponentProps } from 'astro/types';
import type { AllowedProp, MdxComponentName } from './allowed';
import Callout from './Callout.astro';
import Chart from './Chart.astro';
import EditorialNote from './EditorialNote.astro';
import KeyFigures from './KeyFigures.astro';
import LawRef from './LawRef.astro';
import Perspective from './Perspective.astro';
import Table from './Table.astro';

const components = { Callout, Chart, EditorialNote, KeyFigures, LawRef, Perspective, Table };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A component whose props are exactly those ./allowed.ts lets content write, else a type astro check rejects. */
type InStep<C extends (props: any) => unknown, N extends MdxComponentName> =
  Same<keyof ComponentProps<C>, AllowedProp<N>> extends true ? C : { propsDifferFromAllowedTs: N };

/**
 * What MDX content may use without an import. `satisfies` makes astro check fail when a component
 * is missing here or its props drift from what ./allowed.ts lets content write.
 */
export const mdxComponents = components satisfies { [N in MdxComponentName]: InStep<(typeof components)[N], N> };
