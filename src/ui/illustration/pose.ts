// A drill illustration is a line figure in two poses, start and end, drawn in a 120 × 120 box
// (x to the right, y downwards; the floor is y = 112). The renderer animates between the poses,
// so both poses must have the same limbs and the same number of points in each.

export type Point = readonly [number, number];

export interface Pose {
  head: Point; // centre of the head circle (radius 7)
  spine: readonly Point[]; // neck first, pelvis last; 2–4 points so a back can round or arch
  armNear: readonly Point[]; // shoulder, elbow, hand
  armFar: readonly Point[]; // drawn lighter, behind the body
  legNear: readonly Point[]; // hip, knee, foot
  legFar: readonly Point[];
  /** A resistance band, drawn as one line through these points (hands, anchor…); same length in both poses. */
  band?: readonly Point[];
}

/** Still scenery around the figure: a wall, a door frame, a chair, a roller, a ball, a bar. */
export type Prop =
  | { kind: 'line'; from: Point; to: Point } // wall, floor, door frame, bar
  | { kind: 'circle'; at: Point; r: number } // ball, foam roller seen end-on
  | { kind: 'path'; d: string }; // anything else, e.g. a chair outline

export interface Illustration {
  start: Pose;
  end: Pose;
  props: readonly Prop[];
  /** Seconds for one start → end → start cycle. */
  seconds: number;
}
