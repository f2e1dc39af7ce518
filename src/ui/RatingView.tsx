import type { Drill } from '../core/drill';
import type { Rating } from '../core/history';

const CHOICES: [Rating, string][] = [
  ['easy', 'Easy'],
  ['right', 'About right'],
  ['hard', 'Hard'],
  ['pain', 'It hurt'],
];

interface Props {
  drill: Drill;
  onRate: (rating: Rating) => void;
  onClose: () => void;
}

/** One tap after a finished drill; it feeds the progress view and, for pain, takes the drill out. */
export function RatingView({ drill, onRate, onClose }: Props) {
  return (
    <section class="rating" aria-labelledby="rating-title">
      <p class="eyebrow">Well done</p>
      <h1 id="rating-title">How did {drill.name} feel?</h1>
      <div class="actions" role="group" aria-label="How did it feel">
        {CHOICES.map(([rating, label]) => (
          <button type="button" key={rating} class={rating === 'pain' ? 'danger' : undefined} onClick={() => onRate(rating)}>
            {label}
          </button>
        ))}
      </div>
      <button type="button" class="link" onClick={onClose}>
        Skip rating
      </button>
    </section>
  );
}
