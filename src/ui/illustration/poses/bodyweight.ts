import type { Illustration } from '../pose';
import { CHAIR, FLOOR, wall } from './props';

// Drills with no equipment but the body, a chair, a wall or a bar.

const SEATED_LEGS = {
  legNear: [[46, 72], [74, 74], [74, 112]],
  legFar: [[44, 72], [70, 74], [70, 112]],
} as const;
const DESK = { kind: 'path', d: 'M80 60 L116 60 M112 60 L112 112' } as const;

export const BODYWEIGHT_POSES: Record<string, Illustration> = {
  // Seated side view: from rounded shoulders to the chest open, elbows drawn back.
  'shoulder-blade-squeeze': {
    seconds: 5,
    props: [FLOOR, CHAIR],
    start: {
      head: [60, 26],
      spine: [[52, 36], [46, 52], [46, 72]],
      armNear: [[52, 39], [58, 56], [72, 64]],
      armFar: [[50, 39], [56, 56], [70, 64]],
      ...SEATED_LEGS,
    },
    end: {
      head: [54, 22],
      spine: [[49, 33], [48, 52], [46, 72]],
      armNear: [[47, 37], [37, 51], [51, 57]],
      armFar: [[49, 37], [39, 51], [53, 58]],
      ...SEATED_LEGS,
    },
  },
  // Face down on the floor, forehead resting: the hands by the hips lift an inch.
  'prone-hand-lift': {
    seconds: 4,
    props: [FLOOR],
    start: {
      head: [16, 104],
      spine: [[24, 106], [62, 107]],
      armNear: [[28, 107], [44, 109], [60, 110]],
      armFar: [[27, 106], [43, 108], [59, 109]],
      legNear: [[62, 107], [84, 108], [106, 109]],
      legFar: [[62, 106], [84, 107], [106, 108]],
    },
    end: {
      head: [16, 104],
      spine: [[24, 106], [62, 107]],
      armNear: [[28, 106], [44, 103], [60, 99]],
      armFar: [[27, 105], [43, 102], [59, 98]],
      legNear: [[62, 107], [84, 108], [106, 109]],
      legFar: [[62, 106], [84, 107], [106, 108]],
    },
  },
  // Side view, hands on the wall: the straight body leans in on bending elbows and pushes back out.
  'wall-push-ups': {
    seconds: 3,
    props: [FLOOR, wall(100)],
    start: {
      head: [71, 24],
      spine: [[68, 35], [59, 68]],
      armNear: [[67, 38], [84, 41], [100, 38]],
      armFar: [[68, 38], [85, 42], [100, 40]],
      legNear: [[59, 68], [52, 90], [46, 112]],
      legFar: [[60, 68], [54, 90], [49, 112]],
    },
    end: {
      head: [89, 33],
      spine: [[84, 42], [68, 72]],
      armNear: [[83, 45], [96, 56], [100, 38]],
      armFar: [[84, 45], [97, 58], [100, 40]],
      legNear: [[68, 72], [57, 92], [46, 112]],
      legFar: [[69, 72], [59, 92], [49, 112]],
    },
  },
  // Front view, on one forearm: the hips lift off the floor until the body is one straight line.
  'side-plank': {
    seconds: 6,
    props: [FLOOR],
    start: {
      head: [12, 88],
      spine: [[21, 91], [40, 101], [58, 107]],
      armNear: [[24, 92], [24, 109], [10, 109]],
      armFar: [[24, 90], [38, 91], [56, 104]],
      legNear: [[58, 107], [82, 109], [106, 109]],
      legFar: [[58, 106], [82, 107], [106, 106]],
    },
    end: {
      head: [12, 88],
      spine: [[21, 91], [40, 95], [58, 99]],
      armNear: [[24, 92], [24, 109], [10, 109]],
      armFar: [[24, 90], [40, 85], [56, 96]],
      legNear: [[58, 99], [82, 104], [106, 109]],
      legFar: [[58, 98], [82, 102], [106, 106]],
    },
  },
  // Front view under a bar: from standing with the shoulders shrugged to hanging, shoulders down, feet off the floor.
  'dead-hang': {
    seconds: 6,
    props: [FLOOR, { kind: 'line', from: [24, 3], to: [96, 3] }],
    start: {
      head: [60, 26],
      spine: [[60, 35], [60, 66]],
      armNear: [[66, 33], [68, 18], [70, 3]],
      armFar: [[54, 33], [52, 18], [50, 3]],
      legNear: [[64, 66], [66, 89], [67, 112]],
      legFar: [[56, 66], [54, 89], [53, 112]],
    },
    end: {
      head: [60, 20],
      spine: [[60, 30], [60, 62]],
      armNear: [[67, 33], [69, 18], [70, 3]],
      armFar: [[53, 33], [51, 18], [50, 3]],
      legNear: [[64, 62], [67, 83], [64, 101]],
      legFar: [[56, 62], [53, 83], [56, 101]],
    },
  },
  // Seated at the desk, one hand on the belly: breathing in, the belly pushes the hand out and the chest lifts.
  'belly-breaths': {
    seconds: 6,
    props: [FLOOR, CHAIR, DESK],
    start: {
      head: [57, 24],
      spine: [[48, 34], [49, 46], [49, 59], [46, 72]],
      armNear: [[49, 38], [47, 54], [56, 60]],
      armFar: [[47, 38], [60, 53], [82, 58]],
      ...SEATED_LEGS,
    },
    end: {
      head: [57, 22],
      spine: [[48, 32], [51, 45], [54, 59], [46, 72]],
      armNear: [[49, 36], [50, 53], [61, 60]],
      armFar: [[47, 36], [60, 52], [82, 58]],
      ...SEATED_LEGS,
    },
  },
};
