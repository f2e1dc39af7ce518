import type { Illustration } from '../pose';
import { CHAIR, FLOOR } from './props';

export { CHAIR } from './props';

export const FOUNDATION_POSES: Record<string, Illustration> = {
  // Front view, back to the wall: arms from a W to a Y overhead.
  'wall-slides': {
    seconds: 4,
    props: [FLOOR, { kind: 'path', d: 'M22 112 L22 6 L98 6 L98 112' }],
    start: {
      head: [60, 20],
      spine: [[60, 30], [60, 66]],
      armNear: [[68, 32], [84, 36], [84, 18]],
      armFar: [[52, 32], [36, 36], [36, 18]],
      legNear: [[64, 66], [66, 89], [67, 112]],
      legFar: [[56, 66], [54, 89], [53, 112]],
    },
    end: {
      head: [60, 20],
      spine: [[60, 30], [60, 66]],
      armNear: [[68, 32], [78, 16], [82, 4]],
      armFar: [[52, 32], [42, 16], [38, 4]],
      legNear: [[64, 66], [66, 89], [67, 112]],
      legFar: [[56, 66], [54, 89], [53, 112]],
    },
  },
  // Side view, seated, facing right: the head slides back into a double chin.
  'chin-tucks': {
    seconds: 3,
    props: [FLOOR, CHAIR],
    start: {
      head: [57, 24],
      spine: [[48, 34], [46, 72]],
      armNear: [[49, 38], [54, 56], [68, 66]],
      armFar: [[47, 38], [51, 56], [65, 66]],
      legNear: [[46, 72], [74, 74], [74, 112]],
      legFar: [[44, 72], [70, 74], [70, 112]],
    },
    end: {
      head: [46, 24],
      spine: [[48, 34], [46, 72]],
      armNear: [[49, 38], [54, 56], [68, 66]],
      armFar: [[47, 38], [51, 56], [65, 66]],
      legNear: [[46, 72], [74, 74], [74, 112]],
      legFar: [[44, 72], [70, 74], [70, 112]],
    },
  },
  // Side view, facing the anchor on the left: elbows drive back past the body.
  'band-rows': {
    seconds: 8,
    props: [FLOOR, { kind: 'line', from: [8, 8], to: [8, 112] }, { kind: 'circle', at: [10, 52], r: 2 }],
    start: {
      head: [68, 20],
      spine: [[70, 31], [70, 66]],
      armNear: [[70, 34], [58, 48], [46, 52]],
      armFar: [[72, 34], [60, 48], [48, 53]],
      legNear: [[70, 66], [70, 89], [70, 112]],
      legFar: [[71, 66], [76, 89], [78, 112]],
      band: [[10, 52], [46, 52]],
    },
    end: {
      head: [68, 20],
      spine: [[70, 31], [70, 66]],
      armNear: [[70, 34], [84, 48], [68, 52]],
      armFar: [[72, 34], [86, 48], [70, 53]],
      legNear: [[70, 66], [70, 89], [70, 112]],
      legFar: [[71, 66], [76, 89], [78, 112]],
      band: [[10, 52], [68, 52]],
    },
  },
};
