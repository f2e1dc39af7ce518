import { useEffect, useRef, useState } from 'preact/hooks';
import { HEAD_RADIUS, propPath, strokes, VIEWBOX } from './geometry';
import type { Illustration } from './pose';

// The same ease in and out on the way there and back.
const EASING = 'cubic-bezier(0.45, 0, 0.55, 1)';

function usePrefersReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduced, setReduced] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const listener = () => setReduced(list.matches);
    list.addEventListener('change', listener);
    return () => list.removeEventListener('change', listener);
  }, []);
  return reduced;
}

interface Props {
  illustration: Illustration;
  /** Read out instead of the picture. */
  label: string;
  size?: number;
}

/**
 * Moves the figure between its poses through the Web Animations API once it is drawn. An
 * `<animate>` element per stroke and two for the head made 185 of the settings page's 1,750
 * elements (25 figures), each one more to create before the page is whole; these create none.
 */
function useMotion(illustration: Illustration, still: boolean) {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const svg = ref.current;
    if (still || !svg) return undefined;
    const timing = { duration: illustration.seconds * 1000, iterations: Infinity };
    const there = (from: Keyframe, to: Keyframe) => [{ ...from, easing: EASING }, { ...to, easing: EASING }, from];
    const moving = [...svg.querySelectorAll<SVGElement>('[data-moves]')];
    const { start, end } = illustration;
    const animations = [
      ...strokes(illustration).map((s, i) => moving[i]!.animate(there({ d: `path("${s.from}")` }, { d: `path("${s.to}")` }), timing)),
      // The head is drawn at its end position and moved there from its start.
      moving.at(-1)!.animate(there({ transform: `translate(${start.head[0] - end.head[0]}px, ${start.head[1] - end.head[1]}px)` }, { transform: 'translate(0px, 0px)' }), timing),
    ];
    // Cancelling rejects an animation's `finished`, which nothing here waits for.
    animations.forEach((a) => void a.finished.catch(() => undefined));
    return () => animations.forEach((a) => a.cancel());
  }, [illustration, still]);
  return ref;
}

/**
 * The drill as a line figure moving between its start and end pose. With reduced motion it
 * holds still: the end pose drawn over a faint start pose, so the movement still reads.
 */
export function DrillIllustration({ illustration, label, size = 160 }: Props) {
  const still = usePrefersReducedMotion();
  const lines = strokes(illustration);
  const { start, end } = illustration;
  const ref = useMotion(illustration, still);
  return (
    <svg ref={ref} class="illustration" viewBox={VIEWBOX} width={size} height={size} role="img" aria-label={label} data-still={still ? '' : undefined}>
      {illustration.props.map((p, i) => (
        <path key={`p${i}`} class="prop" d={propPath(p)} />
      ))}
      {still ? (
        <g class="ghost">
          {lines.map((s) => (
            <path key={s.key} class={s.kind} d={s.from} />
          ))}
          <circle cx={start.head[0]} cy={start.head[1]} r={HEAD_RADIUS} />
        </g>
      ) : null}
      {lines.map((s) => (
        <path key={s.key} class={s.kind} d={s.to} data-moves />
      ))}
      <circle class="head" cx={end.head[0]} cy={end.head[1]} r={HEAD_RADIUS} data-moves />
    </svg>
  );
}
