import type { Illustration } from '../pose';
import { FOUNDATION_POSES } from './foundation';

// One illustration per drill id. A unit test fails when a drill has none.
export const POSES: Record<string, Illustration> = {
  ...FOUNDATION_POSES,
};
