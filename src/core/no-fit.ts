import { CATALOG } from './catalog';
import type { Drill } from './drill';
import { plural, type Msg } from './i18n';
import { unfit, type Unfit } from './rotation';

type RotationSettings = Parameters<typeof unfit>[1];

/** Why nothing fits: one message per reason, with how many drills it rules out. */
export function noFitReasons(s: RotationSettings, catalog: readonly Drill[] = CATALOG): Msg[] {
  const counts = new Map<Unfit, number>();
  for (const d of catalog) {
    const why = unfit(d, s);
    if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, n]) => plural(`nofit_${why.replace(' ', '_')}`, n, n));
}
