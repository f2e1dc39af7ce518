import { useState } from 'preact/hooks';
import type { DrillId } from '../core/catalog/ids';
import { canSnooze, visibleBreak } from '../core/state';
import { useNow, useRecentHistory, useSchedulerState, useSettings } from '../ui/hooks';
import { lazy } from '../ui/lazy';
import { Acknowledge } from '../ui/Acknowledge';
import { SafetyNotice } from '../ui/Safety';
import { t } from '../platform/i18n';
import { sendCommand } from '../platform/messages';
import { IdleView } from './IdleView';

/** What the popup shows besides the schedule: a moment after a drill, or the safety page. */
/** `failed`: the worker could not keep the pain report, not even on this computer. */
/** `name`: the drill's, as the break showed it (an own drill's is its own, and stays said if it is deleted meanwhile). */
export type Aside = { kind: 'none' } | { kind: 'safety' } | { kind: 'rate'; drillId: DrillId; name: string } | { kind: 'hurt'; drillId: DrillId; name: string; failed?: boolean };

export const useBreakViews = lazy(() => import('./BreakViews'));

export function Popup() {
  const state = useSchedulerState();
  const settings = useSettings();
  const recent = useRecentHistory();
  const now = useNow(15_000);
  const [aside, setAside] = useState<Aside>({ kind: 'none' });
  // Only a break (or the moment after one) needs the break views; the idle popup stays small.
  const afterDrill = aside.kind === 'rate' || aside.kind === 'hurt';
  const views = useBreakViews(afterDrill || (state !== null && visibleBreak(state, now) !== null));
  const busy = <main class="popup" aria-busy="true" />;
  if (!state || !settings) return busy;
  const close = () => setAside({ kind: 'none' });
  if (aside.kind === 'safety') {
    return (
      <main class="popup">
        <SafetyNotice>
          <button type="button" onClick={close}>{t('back')}</button>
        </SafetyNotice>
      </main>
    );
  }
  if (afterDrill && !views) return busy;
  if (aside.kind === 'rate') {
    // The rating, then the week's check-in when it is due: both with the break views.
    const { AfterDrill } = views!;
    return (
      <main class="popup">
        <AfterDrill aside={aside} setAside={setAside} />
      </main>
    );
  }
  if (aside.kind === 'hurt') {
    return (
      <main class="popup">
        <SafetyNotice title="hurt_title">
          <p role="status">{t(hurtWords(settings.painfulDrills.includes(aside.drillId), aside.failed), [aside.name])}</p>
          <button type="button" class="primary" onClick={close}>{t('ok')}</button>
        </SafetyNotice>
      </main>
    );
  }

  const pending = visibleBreak(state, now);
  if (pending && !views) return busy;
  if (pending && !pending.drillId) {
    // Every drill was marked painful: say so and lead to the exercise settings.
    return <main class="popup">{views && <views.NoDrillView />}</main>;
  }
  if (pending && !settings.safetyAcknowledged) {
    return (
      <main class="popup">
        <SafetyNotice title="safety_first_title">
          <Acknowledge label="safety_continue" />
        </SafetyNotice>
      </main>
    );
  }
  const PendingDrill = views?.PendingDrill;
  return (
    <main class="popup">
      {pending?.drillId && PendingDrill ? (
        <PendingDrill
          drillId={pending.drillId}
          state={state}
          settings={settings}
          capSeconds={settings.drillCapSeconds}
          sound={settings.soundCues}
          snoozeOptions={canSnooze(state, settings) ? settings.snoozeMinutes : []}
          onDone={(seconds, drill, name) => {
            void sendCommand({ type: 'finish', outcome: 'done', seconds });
            setAside({ kind: 'rate', drillId: drill.id as DrillId, name });
          }}
          onSkip={(seconds) => void sendCommand({ type: 'finish', outcome: 'skipped', seconds })}
          onSwap={() => void sendCommand({ type: 'swap' })}
          onSnooze={(minutes) => void sendCommand({ type: 'snooze', minutes })}
          onClose={() => window.close()}
        />
      ) : (
        <IdleView state={state} settings={settings} history={recent} now={now} onSafety={() => setAside({ kind: 'safety' })} />
      )}
    </main>
  );
}

/** What the popup says after "It hurt": only what is stored (the settings as read, pending flags included). */
export function hurtWords(stored: boolean, failed = false): 'hurt_body' | 'hurt_failed' | 'hurt_saving' {
  if (stored) return 'hurt_body';
  return failed ? 'hurt_failed' : 'hurt_saving';
}
