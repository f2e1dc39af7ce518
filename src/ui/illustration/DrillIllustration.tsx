import { useEffect, useState } from 'preact/hooks';
import { HEAD_RADIUS, propPath, strokes, VIEWBOX } from './geometry';
import type { Illustration } from './pose';

const EASE = { calcMode: 'spline', keyTimes: '0;0.5;1', keySplines: '0.45 0 0.55 1;0.45 0 0.55 1' } as const;

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
 * The drill as a line figure moving between its start and end pose. With reduced motion it
 * holds still: the end pose drawn over a faint start pose, so the movement still reads.
 */
export function DrillIllustration({ illustration, label, size = 160 }: Props) {
  const still = usePrefersReducedMotion();
  const dur = `${illustration.seconds}s`;
  const lines = strokes(illustration);
  const { start, end } = illustration;
  return (
    <svg class="illustration" viewBox={VIEWBOX} width={size} height={size} role="img" aria-label={label} data-still={still ? '' : undefined}>
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
        <path key={s.key} class={s.kind} d={s.to}>
          {still ? null : <animate attributeName="d" values={`${s.from};${s.to};${s.from}`} dur={dur} repeatCount="indefinite" {...EASE} />}
        </path>
      ))}
      <circle class="head" cx={end.head[0]} cy={end.head[1]} r={HEAD_RADIUS}>
        {still ? null : <animate attributeName="cx" values={`${start.head[0]};${end.head[0]};${start.head[0]}`} dur={dur} repeatCount="indefinite" {...EASE} />}
        {still ? null : <animate attributeName="cy" values={`${start.head[1]};${end.head[1]};${start.head[1]}`} dur={dur} repeatCount="indefinite" {...EASE} />}
      </circle>
    </svg>
  );
}
