import type { Illustration } from '../pose';
import { FOUNDATION_POSES } from './foundation';
import { CHAIR, FLOOR } from './props';

// The posture resets that no drill draws: standing up, reaching up to look far, walking before sitting down.

/** Standing tall in side view, facing right, beside the chair it got up from. */
const STANDING = {
  head: [74, 20],
  spine: [[72, 31], [72, 66]],
  legNear: [[72, 66], [74, 89], [76, 112]],
  legFar: [[72, 66], [70, 89], [68, 112]],
} as const;
const ARMS_DOWN = {
  armNear: [[72, 34], [75, 50], [78, 63]],
  armFar: [[71, 34], [69, 50], [69, 64]],
} as const;

const WALKER = { head: [62, 21], spine: [[60, 32], [59, 68]] } as const;
const ARM_FORWARD = [[60, 35], [66, 49], [73, 57]] as const;
const ARM_BACK = [[60, 35], [54, 49], [48, 60]] as const;
const LEG_FORWARD = [[59, 68], [66, 90], [73, 112]] as const;
/** The heel of the back foot lifts as it pushes off. */
const LEG_BACK = [[59, 68], [53, 90], [46, 111]] as const;

export const POSTURE_POSES: Record<string, Illustration> = {
  // Side view: from seated (as for chin tucks) to standing tall in front of the chair.
  'posture-stand-up': {
    seconds: 4,
    props: [FLOOR, CHAIR],
    start: FOUNDATION_POSES['chin-tucks']!.start,
    end: { ...STANDING, ...ARMS_DOWN },
  },
  // Side view, standing tall: both arms rise overhead for a breath while the head stays level, eyes far ahead.
  'posture-look-far': {
    seconds: 6,
    props: [FLOOR, { kind: 'path', d: 'M100 24 L116 24 L116 52 L100 52 Z M108 24 L108 52 M100 38 L116 38' }],
    start: { ...STANDING, ...ARMS_DOWN },
    end: {
      ...STANDING,
      armNear: [[72, 34], [79, 20], [84, 5]],
      armFar: [[70, 34], [74, 19], [77, 4]],
    },
  },
  // Side view, walking to the right: legs and arms swing in opposition, one step to the next.
  'posture-walk': {
    seconds: 2,
    props: [FLOOR],
    start: { ...WALKER, armNear: ARM_BACK, armFar: ARM_FORWARD, legNear: LEG_FORWARD, legFar: LEG_BACK },
    end: { ...WALKER, armNear: ARM_FORWARD, armFar: ARM_BACK, legNear: LEG_BACK, legFar: LEG_FORWARD },
  },
};
