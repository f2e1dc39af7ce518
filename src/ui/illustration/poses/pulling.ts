import type { Illustration, Point } from '../pose';
import { FLOOR, anchor, wall } from './props';

// Band drills. Front views stand at x = 60; side views face the anchor on the left, as in band-rows.

const HEAD: Point = [60, 20];
const SPINE: readonly Point[] = [[60, 30], [60, 66]];
const LEGS = {
  legNear: [[64, 66], [66, 89], [67, 112]],
  legFar: [[56, 66], [54, 89], [53, 112]],
} as const;
const SIDE_LEGS = {
  legNear: [[70, 66], [70, 89], [70, 112]],
  legFar: [[71, 66], [76, 89], [78, 112]],
} as const;
const SIDE = { head: [68, 20] as Point, spine: [[70, 31], [70, 66]] as readonly Point[], ...SIDE_LEGS };
const DOOR = { kind: 'path', d: 'M24 112 L24 6 L96 6 L96 112' } as const;

export const PULLING_POSES: Record<string, Illustration> = {
  // Front view: arms straight at eye level, the band pulled apart wide across the chest.
  'band-pull-aparts': {
    seconds: 3,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [75, 31], [71, 28]],
      armFar: [[52, 32], [45, 31], [49, 28]],
      band: [[49, 28], [71, 28]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [84, 30], [100, 28]],
      armFar: [[52, 32], [36, 30], [20, 28]],
      band: [[20, 28], [100, 28]],
    },
  },
  // Side view, band tied above eye level: hands come to the face, elbows high and wide.
  'band-face-pulls': {
    seconds: 3,
    props: [FLOOR, wall(8), anchor([10, 14])],
    start: {
      ...SIDE,
      armNear: [[70, 34], [55, 27], [40, 20]],
      armFar: [[72, 34], [57, 28], [42, 21]],
      band: [[10, 14], [40, 20]],
    },
    end: {
      ...SIDE,
      armNear: [[70, 34], [80, 25], [61, 18]],
      armFar: [[72, 34], [82, 26], [63, 19]],
      band: [[10, 14], [61, 18]],
    },
  },
  // Front view: elbows stay at the sides, forearms turn out into a W and stretch the band.
  'band-w-external-rotation': {
    seconds: 3,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [72, 50], [66, 45]],
      armFar: [[52, 32], [48, 50], [54, 45]],
      band: [[54, 45], [66, 45]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [72, 50], [88, 36]],
      armFar: [[52, 32], [48, 50], [32, 36]],
      band: [[32, 36], [88, 36]],
    },
  },
  // Front view, one arm: elbow at 90° against the side, the forearm swings out; the other hand holds the band still.
  'band-external-rotation': {
    seconds: 3,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [71, 50], [63, 54]],
      armFar: [[52, 32], [47, 49], [55, 55]],
      band: [[55, 55], [63, 54]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [71, 50], [89, 48]],
      armFar: [[52, 32], [47, 49], [55, 55]],
      band: [[55, 55], [89, 48]],
    },
  },
  // Front view: the band held taut in front rises overhead without changing its stretch.
  'band-lat-activation': {
    seconds: 4,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [73, 48], [78, 64]],
      armFar: [[52, 32], [47, 48], [42, 64]],
      band: [[42, 64], [78, 64]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [73, 17], [78, 3]],
      armFar: [[52, 32], [47, 17], [42, 3]],
      band: [[42, 3], [78, 3]],
    },
  },
  // Front view: one hand holds its end still at the chest, the straight working arm pulls out to the side.
  'band-rear-delt-pull': {
    seconds: 3,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [72, 36], [64, 38]],
      armFar: [[52, 32], [47, 45], [58, 39]],
      band: [[58, 39], [64, 38]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [84, 32], [100, 32]],
      armFar: [[52, 32], [47, 45], [58, 39]],
      band: [[58, 39], [100, 32]],
    },
  },
  // Front view: the band runs under both feet; straight arms pull it up and out.
  'band-mid-trap-pull': {
    seconds: 3,
    props: [FLOOR],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [71, 50], [73, 67]],
      armFar: [[52, 32], [49, 50], [47, 67]],
      band: [[47, 67], [52, 110], [68, 110], [73, 67]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [83, 25], [98, 18]],
      armFar: [[52, 32], [37, 25], [22, 18]],
      band: [[22, 18], [52, 110], [68, 110], [98, 18]],
    },
  },
  // Seen from behind, the band tied to the door in front: straight arms open from forward to a T.
  'reverse-fly': {
    seconds: 3,
    props: [FLOOR, DOOR, anchor([60, 40])],
    start: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [70, 35], [65, 36]],
      armFar: [[52, 32], [50, 35], [55, 36]],
      band: [[55, 36], [60, 40], [65, 36]],
    },
    end: {
      head: HEAD, spine: SPINE, ...LEGS,
      armNear: [[68, 32], [84, 32], [100, 32]],
      armFar: [[52, 32], [36, 32], [20, 32]],
      band: [[20, 32], [60, 40], [100, 32]],
    },
  },
  // Side view: one straight arm sweeps the band from in front to behind the hip.
  'band-shoulder-extension': {
    seconds: 3,
    props: [FLOOR, wall(8), anchor([10, 44])],
    start: {
      ...SIDE,
      armNear: [[70, 34], [57, 43], [44, 52]],
      armFar: [[72, 34], [73, 50], [74, 65]],
      band: [[10, 44], [44, 52]],
    },
    end: {
      ...SIDE,
      armNear: [[70, 34], [77, 49], [84, 63]],
      armFar: [[72, 34], [73, 50], [74, 65]],
      band: [[10, 44], [84, 63]],
    },
  },
};
