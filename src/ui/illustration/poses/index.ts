import type { Illustration } from '../pose';
import { BODYWEIGHT_POSES } from './bodyweight';
import { FOUNDATION_POSES } from './foundation';
import { POSTURE_POSES } from './posture';
import { PULLING_POSES } from './pulling';
import { STRETCH_POSES } from './stretches';

// One illustration per drill id, and the posture resets' own (posture-*). A unit test fails when a drill has none.
export const POSES: Record<string, Illustration> = {
  ...FOUNDATION_POSES,
  ...PULLING_POSES,
  ...BODYWEIGHT_POSES,
  ...STRETCH_POSES,
  ...POSTURE_POSES,
};
