// The drill ids alone, in catalog order. Settings, history and messages validate against them,
// so a page that shows no drill (the idle popup) loads this list rather than the whole catalog.
// tests/unit/drill.test.ts checks that it matches the catalog.
export const DRILL_IDS = [
  'band-rows',
  'band-pull-aparts',
  'band-face-pulls',
  'band-w-external-rotation',
  'band-external-rotation',
  'band-lat-activation',
  'band-rear-delt-pull',
  'band-mid-trap-pull',
  'reverse-fly',
  'band-shoulder-extension',
  'wall-slides',
  'chin-tucks',
  'shoulder-blade-squeeze',
  'prone-hand-lift',
  'wall-push-ups',
  'side-plank',
  'dead-hang',
  'belly-breaths',
  'doorway-pec-stretch',
  'pec-ball-release',
  'upper-trap-stretch',
  'upper-trap-ball-release',
  'thoracic-extension-roller',
  'thoracic-extension-chair',
  'childs-pose-side-reach',
] as const;

/** A drill of the catalog. */
export type CatalogId = (typeof DRILL_IDS)[number];
/** A drill the user wrote (own-) or their organisation pushed by policy (org-): see core/own-drill.ts. */
export type OwnId = `own-${string}` | `org-${string}`;
/** Any drill: stored lists, history and levels name both kinds. */
export type DrillId = CatalogId | OwnId;

const OWN_ID = /^(?:own|org)-[a-z0-9]{1,24}$/;
const CATALOG_SET = new Set<unknown>(DRILL_IDS);

export const isCatalogId = (x: unknown): x is CatalogId => CATALOG_SET.has(x);
export const isOwnId = (x: unknown): x is OwnId => typeof x === 'string' && OWN_ID.test(x);
export const isDrillId = (x: unknown): x is DrillId => isCatalogId(x) || isOwnId(x);
/** The id of a drill the user wrote: an organisation's drills come by policy, never stored or in a file as the user's. */
export const isUsersId = (x: unknown): x is `own-${string}` => isOwnId(x) && x.startsWith('own-');
