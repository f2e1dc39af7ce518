import type { OWNABLE_EQUIPMENT, Space } from '../core/settings';

// Line pictures of the kit and the places a user can exercise, beside the words that name them
// where a user ticks what they have. The words carry the meaning; the pictures only help the eye.

export type Pictured = (typeof OWNABLE_EQUIPMENT)[number] | Space;

/** One line of a picture: SVG path data in a 48 × 48 box, absolute commands only. */
export interface Stroke {
  d: string;
  /**
   * main (the default): the thing itself, in the text colour. soft: what sets it in place, in the
   * muted colour, so the eye lands on the thing. accent: the band, whose colour is how it reads.
   */
  kind?: 'main' | 'soft' | 'accent';
}

// Circles as two arcs and dots as a hair-long line with round caps, so that every stroke stays
// a plain path the tests can read.
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy} A${r} ${r} 0 1 0 ${cx + r} ${cy} A${r} ${r} 0 1 0 ${cx - r} ${cy}`;
const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy} A${rx} ${ry} 0 1 0 ${cx + rx} ${cy} A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}`;
const dots = (...at: [number, number][]) => at.map(([x, y]) => `M${x} ${y} L${x + 0.1} ${y}`).join(' ');

export const PICTURES: Record<Pictured, readonly Stroke[]> = {
  wall: [
    { d: 'M4 42 H44', kind: 'soft' },
    { d: 'M9 42 V6 H39 V42' },
    { d: 'M10.5 15 H37.5 M10.5 24 H37.5 M10.5 33 H37.5', kind: 'soft' },
    { d: 'M19 7.5 V15 M29 7.5 V15 M14 15 V24 M24 15 V24 M34 15 V24 M19 24 V33 M29 24 V33 M14 33 V40.5 M24 33 V40.5 M34 33 V40.5', kind: 'soft' },
  ],
  doorway: [
    { d: 'M4 42 H10 M38 42 H44', kind: 'soft' },
    { d: 'M12 42 V6 H36 V42' },
    { d: 'M12 6 L25 10 V39 L12 42' },
    { d: dots([22, 25]) },
  ],
  chair: [
    { d: 'M10 6 H12 Q14 6 14 8 V19 Q14 21 12 21 H10 Q8 21 8 19 V8 Q8 6 10 6 Z' },
    { d: 'M11 21 L12 24' },
    { d: 'M11 24 H33 Q35 24 35 26 Q35 28 33 28 H11 Q9 28 9 26 Q9 24 11 24 Z' },
    { d: 'M17 18 H28 M26 18 V24', kind: 'soft' },
    { d: 'M22 28 V36 M10 38 L22 36 L34 38' },
    { d: `${circle(10, 41, 2)} ${circle(34, 41, 2)}`, kind: 'soft' },
  ],
  band: [
    { d: 'M6 30 C6 18 26 10 38 14 C46 17 44 28 36 32 C28 36 14 38 6 30 Z', kind: 'accent' },
    { d: 'M6 30 C12 22 26 18 34 20 C40 22 38 28 32 29 C24 31 14 32 6 30', kind: 'accent' },
  ],
  'anchored-band': [
    { d: 'M4 42 H16', kind: 'soft' },
    { d: 'M10 5 V42' },
    { d: `${ellipse(10, 21, 4, 2)} M14 21 Q26 15 37 14 M14 22 Q26 28 37 31`, kind: 'accent' },
    { d: 'M38 10 V18 M38 27 V35' },
  ],
  'foam-roller': [
    { d: 'M4 41 H44', kind: 'soft' },
    { d: ellipse(12, 29, 5, 10) },
    { d: 'M12 19 H37 A5 10 0 0 1 37 39 H12' },
    { d: ellipse(12, 29, 2, 4), kind: 'soft' },
    { d: 'M22 19.5 A3 9.5 0 0 1 22 38.5 M30 19.5 A3 9.5 0 0 1 30 38.5', kind: 'soft' },
  ],
  ball: [
    { d: 'M14 42 H34', kind: 'soft' },
    { d: circle(24, 26, 13) },
    { d: dots([24, 19], [18, 23], [30, 23], [24, 27], [18, 31], [30, 31], [24, 34]) },
  ],
  'pull-up-bar': [
    { d: 'M4 42 H44 M8 42 V4 H40 V42 M13 42 V9 H35 V42', kind: 'soft' },
    { d: 'M6 16 H42 M14 16 V19 M34 16 V19' },
  ],
  desk: [
    { d: 'M4 24 H44 M7 24 V44 M41 24 V44', kind: 'soft' },
    { d: 'M14 4 H34 Q36 4 36 6 V17 Q36 19 34 19 H14 Q12 19 12 17 V6 Q12 4 14 4 Z M24 19 V24 M19 24 H29' },
    { d: `${circle(24, 31, 4.5)} M14 44 Q14 37 24 37 Q34 37 34 44` },
  ],
  standing: [
    { d: 'M8 42 H40 M10 27 H4 M7 24 L4 27 L7 30 M38 27 H44 M41 24 L44 27 L41 30', kind: 'soft' },
    { d: circle(24, 8, 4) },
    { d: 'M24 13 V27 M24 16 L17 25 M24 16 L31 25 M24 27 L19 40 M24 27 L29 40' },
  ],
  floor: [
    { d: 'M4 42 L13 29 H41 L32 42 Z' },
    { d: 'M13 20 H41 M13 20 A2.5 4.5 0 0 0 13 29' },
    { d: circle(41, 24.5, 4.5) },
    { d: 'M41 22.5 A2 2 0 0 1 41 26.5', kind: 'soft' },
  ],
};

/**
 * One piece of kit or one place, for beside the words that name it. Hidden from assistive
 * technology, as those words already say what it is. Its styles are in kit-picture.css, which
 * the page that shows it imports.
 */
export function KitPicture({ name, size = 48 }: { name: Pictured; size?: number }) {
  return (
    <svg class="kit-picture" viewBox="0 0 48 48" width={size} height={size} aria-hidden="true" focusable="false">
      {PICTURES[name].map((s, i) => (
        <path key={i} class={s.kind ?? 'main'} d={s.d} />
      ))}
    </svg>
  );
}
