import { upcomingBreaks } from '../core/schedule';
import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { sendCommand } from '../platform/messages';
import { t } from '../platform/i18n';
import { describeUpcoming, describeWhen } from '../ui/format';
import { useNow } from '../ui/hooks';

/** The next breaks as the settings being edited would place them, or the pause that holds them. */
export function UpcomingBreaks({ state, preview }: { state: State | null; preview: Settings }) {
  const now = useNow(30_000);
  const upcoming = state ? upcomingBreaks({ ...state, pending: null }, preview, now) : [];
  return (
    <p class="notice" data-testid="upcoming" aria-live="polite">
      {state?.pause ? (
        <>
          {state.pause.until === null ? t('paused_resume_long') : t('paused_until_long', [describeWhen(state.pause.until, now)])}{' '}
          <button type="button" class="small" onClick={() => void sendCommand({ type: 'resume' })}>{t('resume')}</button>
        </>
      ) : upcoming.length ? (
        t('upcoming', [describeUpcoming(upcoming, now)])
      ) : (
        t('upcoming_none')
      )}
    </p>
  );
}
