import type { Illustration, Point, Pose, Prop } from './pose';

// Pure geometry shared by the Preact component and the string form used to rasterise drawings.

export const VIEWBOX = '0 0 120 120';
export const HEAD_RADIUS = 7;
export const LIMBS = ['legFar', 'armFar', 'spine', 'legNear', 'armNear'] as const;
export type Limb = (typeof LIMBS)[number];

export function polyline(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

export function propPath(prop: Prop): string {
  switch (prop.kind) {
    case 'line':
      return polyline([prop.from, prop.to]);
    case 'circle': {
      const [x, y] = prop.at;
      return `M${x - prop.r} ${y} a${prop.r} ${prop.r} 0 1 0 ${2 * prop.r} 0 a${prop.r} ${prop.r} 0 1 0 ${-2 * prop.r} 0`;
    }
    case 'path':
      return prop.d;
  }
}

export interface Stroke {
  key: string;
  kind: 'far' | 'near' | 'band';
  from: string;
  to: string;
}

/** Every moving stroke of the figure with its start and end path, back to front. */
export function strokes(ill: Illustration): Stroke[] {
  const out: Stroke[] = LIMBS.map((limb) => ({
    key: limb,
    kind: limb.endsWith('Far') ? 'far' : 'near',
    from: polyline(ill.start[limb]),
    to: polyline(ill.end[limb]),
  }));
  if (ill.start.band && ill.end.band) out.push({ key: 'band', kind: 'band', from: polyline(ill.start.band), to: polyline(ill.end.band) });
  return out;
}

/** A static SVG document of the illustration: the end pose solid over a faint start pose. */
export function toSvgString(ill: Illustration, colors = { figure: '#1f2328', band: '#1a7f64', prop: '#8c959f' }): string {
  const line = (d: string, stroke: string, width: number, opacity = 1) =>
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" opacity="${opacity}"/>`;
  const head = (p: Pose, opacity: number) => `<circle cx="${p.head[0]}" cy="${p.head[1]}" r="${HEAD_RADIUS}" fill="${colors.figure}" opacity="${opacity}"/>`;
  const parts = [
    ...ill.props.map((p) => line(propPath(p), colors.prop, 2)),
    ...strokes(ill).map((s) => line(s.from, s.kind === 'band' ? colors.band : colors.figure, s.kind === 'band' ? 2 : 4, 0.25)),
    head(ill.start, 0.25),
    ...strokes(ill).map((s) => line(s.to, s.kind === 'band' ? colors.band : colors.figure, s.kind === 'band' ? 2 : 4, s.kind === 'far' ? 0.55 : 1)),
    head(ill.end, 1),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${VIEWBOX}" width="240" height="240"><rect width="120" height="120" fill="#ffffff"/>${parts.join('')}</svg>`;
}
