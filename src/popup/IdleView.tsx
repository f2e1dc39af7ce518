import { differenceInMinutes, format } from 'date-fns';
import { useNow } from '../ui/hooks';
import { openOptionsPage } from '../platform/lifecycle';

interface Props {
  nextBreakAt: number | null;
  onStart: () => void;
}

export function IdleView({ nextBreakAt, onStart }: Props) {
  const now = useNow(30_000);
  return (
    <section class="idle" aria-labelledby="idle-title">
      <p class="eyebrow">Desk Reset</p>
      <h1 id="idle-title">Next break</h1>
      {nextBreakAt ? (
        <p class="next" data-testid="next-break">
          <span class="time">{format(nextBreakAt, 'HH:mm')}</span>{' '}
          <span class="muted">{describeWait(differenceInMinutes(nextBreakAt, now))}</span>
        </p>
      ) : (
        <p class="muted">Not scheduled yet.</p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onStart}>
          Start a break now
        </button>
        <button type="button" onClick={() => void openOptionsPage()}>
          Settings
        </button>
      </div>
    </section>
  );
}

function describeWait(minutes: number): string {
  if (minutes < 1) return 'any moment now';
  if (minutes < 60) return `in ${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `in ${h} h` : `in ${h} h ${m} min`;
}
