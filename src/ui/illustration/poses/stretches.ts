import type { Illustration } from '../pose';
import { FLOOR, wall } from './props';

// Stretches and releases: slow holds, so the cycles are long.

const SEATED_LEGS = {
  legNear: [[46, 72], [74, 74], [74, 112]],
  legFar: [[44, 72], [70, 74], [70, 112]],
} as const;
/** A chair seen from the front: seat, legs and backrest behind the sitter. */
const CHAIR_FRONT = { kind: 'path', d: 'M38 76 L82 76 M40 76 L40 112 M80 76 L80 112 M46 76 L46 44 L74 44 L74 76' } as const;
/** A chair facing right with a low backrest that reaches the middle of the back. */
const LOW_CHAIR = { kind: 'path', d: 'M38 50 L40 76 L66 76 M42 76 L42 112 M64 76 L64 112' } as const;
const FRONT_SEATED_LEGS = {
  legNear: [[64, 74], [74, 80], [71, 112]],
  legFar: [[56, 74], [46, 80], [49, 112]],
} as const;

export const STRETCH_POSES: Record<string, Illustration> = {
  // Side view at a door frame: the forearm rests upright on the frame at 90° and the body leans forward through the door.
  'doorway-pec-stretch': {
    seconds: 6,
    props: [FLOOR, { kind: 'path', d: 'M40 112 L40 6 M48 112 L48 6 M40 6 L48 6' }],
    start: {
      head: [59, 20],
      spine: [[58, 31], [58, 66]],
      armNear: [[58, 34], [45, 36], [45, 18]],
      armFar: [[59, 34], [60, 50], [62, 64]],
      legNear: [[58, 66], [65, 89], [71, 112]],
      legFar: [[58, 66], [56, 89], [53, 112]],
    },
    end: {
      head: [71, 23],
      spine: [[67, 33], [63, 66]],
      armNear: [[66, 36], [45, 36], [45, 18]],
      armFar: [[67, 36], [70, 52], [72, 66]],
      legNear: [[63, 66], [72, 87], [71, 112]],
      legFar: [[63, 66], [57, 89], [53, 112]],
    },
  },
  // Side view facing the wall, a ball between chest and wall, the arm behind the back: lean in to press.
  'pec-ball-release': {
    seconds: 5,
    props: [FLOOR, wall(96), { kind: 'circle', at: [90, 40], r: 5 }],
    start: {
      head: [86, 21],
      spine: [[84, 31], [72, 66]],
      armNear: [[83, 34], [69, 46], [74, 57]],
      armFar: [[84, 34], [86, 50], [87, 64]],
      legNear: [[72, 66], [69, 89], [66, 112]],
      legFar: [[73, 66], [72, 89], [71, 112]],
    },
    end: {
      head: [88, 22],
      spine: [[87, 32], [74, 66]],
      armNear: [[86, 35], [72, 47], [77, 58]],
      armFar: [[87, 35], [88, 51], [89, 65]],
      legNear: [[74, 66], [70, 89], [66, 112]],
      legFar: [[75, 66], [73, 89], [71, 112]],
    },
  },
  // Seated front view: one hand holds the seat, the other draws the head diagonally forward and to the side.
  'upper-trap-stretch': {
    seconds: 6,
    props: [FLOOR, CHAIR_FRONT],
    start: {
      head: [60, 25],
      spine: [[60, 33], [60, 40], [60, 74]],
      armNear: [[68, 41], [73, 58], [78, 75]],
      armFar: [[52, 41], [40, 30], [56, 19]],
      ...FRONT_SEATED_LEGS,
    },
    end: {
      head: [50, 32],
      spine: [[55, 37], [60, 40], [60, 74]],
      armNear: [[68, 42], [73, 59], [78, 75]],
      armFar: [[52, 41], [36, 36], [46, 25]],
      ...FRONT_SEATED_LEGS,
    },
  },
  // Side view, back to the wall with a ball on top of the shoulder: small knee bends roll it.
  'upper-trap-ball-release': {
    seconds: 4,
    props: [FLOOR, wall(44), { kind: 'circle', at: [49, 41], r: 5 }],
    start: {
      head: [59, 20],
      spine: [[56, 31], [60, 66]],
      armNear: [[57, 34], [59, 50], [63, 64]],
      armFar: [[56, 34], [58, 50], [62, 64]],
      legNear: [[60, 66], [66, 89], [70, 112]],
      legFar: [[61, 66], [68, 89], [73, 112]],
    },
    end: {
      head: [59, 25],
      spine: [[56, 36], [60, 71]],
      armNear: [[57, 39], [59, 55], [63, 69]],
      armFar: [[56, 39], [58, 55], [62, 69]],
      legNear: [[60, 71], [71, 90], [70, 112]],
      legFar: [[61, 71], [73, 90], [73, 112]],
    },
  },
  // On the back, a foam roller under the upper back, hands behind the head: the upper back arches over the roller.
  'thoracic-extension-roller': {
    seconds: 5,
    props: [FLOOR, { kind: 'circle', at: [62, 103], r: 9 }],
    start: {
      head: [38, 82],
      spine: [[48, 87], [62, 92], [82, 108]],
      armNear: [[50, 88], [46, 71], [33, 86]],
      armFar: [[49, 87], [44, 71], [32, 85]],
      legNear: [[82, 108], [95, 88], [103, 112]],
      legFar: [[82, 107], [98, 89], [107, 112]],
    },
    end: {
      head: [39, 102],
      spine: [[48, 98], [62, 92], [82, 108]],
      armNear: [[50, 99], [41, 85], [31, 104]],
      armFar: [[49, 98], [39, 85], [30, 103]],
      legNear: [[82, 108], [95, 88], [103, 112]],
      legFar: [[82, 107], [98, 89], [107, 112]],
    },
  },
  // Seated side view, hands behind the head: the upper back arches back over the top of the backrest.
  'thoracic-extension-chair': {
    seconds: 5,
    props: [FLOOR, LOW_CHAIR],
    start: {
      head: [52, 22],
      spine: [[48, 33], [44, 52], [46, 72]],
      armNear: [[48, 36], [61, 28], [47, 17]],
      armFar: [[47, 36], [59, 29], [45, 18]],
      ...SEATED_LEGS,
    },
    end: {
      head: [32, 27],
      spine: [[36, 37], [42, 52], [46, 72]],
      armNear: [[37, 40], [48, 25], [28, 30]],
      armFar: [[36, 40], [46, 24], [27, 29]],
      ...SEATED_LEGS,
    },
  },
  // Side view, a mat seen slightly from above: kneeling, hips on the heels, arms long in front; the hands walk to the near side.
  'childs-pose-side-reach': {
    seconds: 6,
    props: [{ kind: 'path', d: 'M8 96 L116 96 M4 118 L112 118' }],
    start: {
      head: [46, 101],
      spine: [[55, 96], [73, 86], [92, 94]],
      armNear: [[57, 97], [40, 101], [22, 105]],
      armFar: [[56, 95], [39, 99], [21, 102]],
      legNear: [[92, 94], [74, 106], [98, 106]],
      legFar: [[92, 93], [74, 103], [98, 103]],
    },
    end: {
      head: [49, 107],
      spine: [[58, 101], [74, 89], [92, 94]],
      armNear: [[60, 102], [45, 109], [31, 116]],
      armFar: [[59, 100], [44, 106], [29, 112]],
      legNear: [[92, 94], [74, 106], [98, 106]],
      legFar: [[92, 93], [74, 103], [98, 103]],
    },
  },
};
