// The whole drill catalog, in rotation order: band pulls, then bodyweight drills, then stretches.
import type { Drill } from '../drill';
import type { CatalogId } from './ids';
import { BODYWEIGHT } from './bodyweight';
import { PULLING } from './pulling';
import { STRETCHES } from './stretches';

// Facts (exercise names, doses, holds, cues) come from the reference articles in shared/reference;
// every sentence in the catalog files is our own.

export const CATALOG = [...PULLING, ...BODYWEIGHT, ...STRETCHES] as const satisfies readonly (Drill & { id: CatalogId })[];

export { DRILL_IDS, isCatalogId, isDrillId, isOwnId, type CatalogId, type DrillId, type OwnId } from './ids';

// Built on the first lookup rather than on import: the worker's cold start does not pay for it.
let byId: Map<string, Drill> | undefined;

export function findDrill(id: string): Drill | undefined {
  byId ??= new Map<string, Drill>(CATALOG.map((d) => [d.id, d]));
  return byId.get(id);
}
