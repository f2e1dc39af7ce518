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

export type DrillId = (typeof DRILL_IDS)[number];
