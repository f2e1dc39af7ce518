import type { Illustration } from './pose';
import { POSES } from './poses';

export type { Illustration } from './pose';
export { DrillIllustration } from './DrillIllustration';

export function illustrationFor(drillId: string): Illustration | undefined {
  return (POSES as Record<string, Illustration>)[drillId];
}
