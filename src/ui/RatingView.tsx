import type { Rating } from '../core/history';
import { t } from '../platform/i18n';

const CHOICES: [Rating, string][] = [
  ['easy', 'rate_easy'],
  ['right', 'rate_right'],
  ['hard', 'rate_hard'],
  ['pain', 'rate_pain'],
];

interface Props {
  name: string;
  onRate: (rating: Rating) => void;
  onClose: () => void;
}

/** One tap after a finished drill; it feeds the progress view and, for pain, takes the drill out. */
export function RatingView({ name, onRate, onClose }: Props) {
  return (
    <section class="rating" aria-labelledby="rating-title">
      <p class="eyebrow">{t('rating_eyebrow')}</p>
      <h1 id="rating-title">{t('rating_title', [name])}</h1>
      <div class="actions" role="group" aria-label={t('rating_group')}>
        {CHOICES.map(([rating, key]) => (
          <button type="button" key={rating} class={rating === 'pain' ? 'danger' : undefined} onClick={() => onRate(rating)}>
            {t(key)}
          </button>
        ))}
      </div>
      <button type="button" class="link" onClick={onClose}>
        {t('rate_skip')}
      </button>
    </section>
  );
}
