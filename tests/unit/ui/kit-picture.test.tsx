// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { OWNABLE_EQUIPMENT, SPACES } from '../../../src/core/settings';
import { KitPicture, PICTURES, type Pictured } from '../../../src/ui/KitPicture';

afterEach(cleanup);

const NAMES: readonly Pictured[] = [...OWNABLE_EQUIPMENT, ...SPACES];

// How many numbers each absolute command takes, and which of them are x or y positions.
const ARGS: Record<string, { count: number; x: number[]; y: number[] }> = {
  M: { count: 2, x: [0], y: [1] },
  L: { count: 2, x: [0], y: [1] },
  H: { count: 1, x: [0], y: [] },
  V: { count: 1, x: [], y: [0] },
  C: { count: 6, x: [0, 2, 4], y: [1, 3, 5] },
  Q: { count: 4, x: [0, 2], y: [1, 3] },
  A: { count: 7, x: [5], y: [6] },
  Z: { count: 0, x: [], y: [] },
};

/** Every x and y position a path names, failing on anything but the absolute commands above. */
function positions(d: string): { x: number[]; y: number[] } {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  expect(tokens.join(''), 'only commands, numbers, spaces and commas').toBe(d.replace(/[\s,]+/g, ''));
  const out = { x: [] as number[], y: [] as number[] };
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const args = ARGS[command];
    if (!args) throw new Error(`"${command}" in "${d}": use only absolute M L H V C Q A Z`);
    // A command may repeat its arguments without naming itself again.
    do {
      const numbers = tokens.slice(i, i + args.count).map(Number);
      expect(numbers.every((n) => Number.isFinite(n)), `arguments of ${command} in "${d}"`).toBe(true);
      expect(numbers).toHaveLength(args.count);
      for (const k of args.x) out.x.push(numbers[k]!);
      for (const k of args.y) out.y.push(numbers[k]!);
      i += args.count;
    } while (args.count > 0 && i < tokens.length && !/[A-Za-z]/.test(tokens[i]!));
  }
  return out;
}

describe('pictures of the kit and the places', () => {
  it('has a picture for every piece of kit a user can own and every place, and for nothing else', () => {
    expect(Object.keys(PICTURES).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect(PICTURES[name].length, name).toBeGreaterThan(0);
  });

  it.each(NAMES)('draws %s as a decorative svg of the asked size', (name) => {
    const { container } = render(<KitPicture name={name} size={64} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('viewBox')).toBe('0 0 48 48');
    expect(svg.getAttribute('width')).toBe('64');
    expect(svg.getAttribute('height')).toBe('64');
    expect(svg.querySelector('title')).toBeNull();
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.map((p) => [p.getAttribute('class'), p.getAttribute('d')])).toEqual(PICTURES[name].map((s) => [s.kind ?? 'main', s.d]));
  });

  it('is 48 pixels unless told otherwise', () => {
    const { container } = render(<KitPicture name="wall" />);
    expect(container.querySelector('svg')!.getAttribute('width')).toBe('48');
    expect(container.querySelector('svg')!.getAttribute('height')).toBe('48');
  });

  it.each(NAMES)('keeps every line of %s inside the 48 × 48 box', (name) => {
    for (const { d } of PICTURES[name]) {
      const { x, y } = positions(d);
      expect(x.length + y.length, d).toBeGreaterThan(0);
      for (const n of [...x, ...y]) expect(n, d).toSatisfy((v: number) => v >= 0 && v <= 48);
    }
  });

  it('reads relative commands as a failure, as they would escape the check above', () => {
    expect(() => positions('M4 4 l50 0')).toThrow(/use only absolute/);
    expect(positions('M1 2 L3 4 5 6 H7 V8 A1 1 0 0 1 9 10 Z')).toEqual({ x: [1, 3, 5, 7, 9], y: [2, 4, 6, 8, 10] });
  });

  it('draws no two pictures alike', () => {
    const drawings = NAMES.map((name) => JSON.stringify(PICTURES[name]));
    expect(new Set(drawings).size).toBe(NAMES.length);
  });
});
