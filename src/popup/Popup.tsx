import { useState } from 'preact/hooks';
import { findDrill, type DrillId } from '../core/catalog';
import { drillText } from '../core/drill';
import type { Rating } from '../core/history';
import { canSnooze } from '../core/machine';
import { noFitReasons, rankCandidates } from '../core/rotation';
import { visibleBreak } from '../core/state';
import { DrillView } from '../ui/DrillView';
import { useHistory, useNow, useSchedulerState, useSettings } from '../ui/hooks';
import { RatingView } from '../ui/RatingView';
import { SafetyNotice } from '../ui/Safety';
import { t, tm } from '../platform/i18n';
import { sendCommand } from '../platform/messages';
import { saveSettings } from '../platform/storage';
import { IdleView } from './IdleView';

/** What the popup shows besides the schedule: a moment after a drill, or the safety page. */
type Aside = { kind: 'none' } | { kind: 'safety' } | { kind: 'rate'; drillId: DrillId } | { kind: 'hurt'; drillId: DrillId };

const nameOf = (id: DrillId) => drillText(findDrill(id)!, t).name;

export function Popup() {
  const state = useSchedulerState();
  const settings = useSettings();
  const history = useHistory();
  const now = useNow(15_000);
  const [aside, setAside] = useState<Aside>({ kind: 'none' });
  if (!state || !settings) return <main class="popup" aria-busy="true" />;
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
  if (aside.kind === 'rate') {
    const onRate = (rating: Rating) => {
      void sendCommand({ type: 'rate', drillId: aside.drillId, rating });
      setAside(rating === 'pain' ? { kind: 'hurt', drillId: aside.drillId } : { kind: 'none' });
    };
    return (
      <main class="popup">
        <RatingView name={nameOf(aside.drillId)} onRate={onRate} onClose={close} />
      </main>
    );
  }
  if (aside.kind === 'hurt') {
    return (
      <main class="popup">
        <SafetyNotice title="hurt_title">
          <p>{t('hurt_body', [nameOf(aside.drillId)])}</p>
          <button type="button" class="primary" onClick={close}>{t('ok')}</button>
        </SafetyNotice>
      </main>
    );
  }

  const pending = visibleBreak(state, now);
  const drill = pending ? findDrill(pending.drillId) : undefined;
  if (drill && pending && !settings.safetyAcknowledged) {
    return (
      <main class="popup">
        <SafetyNotice title="safety_first_title">
          <button type="button" class="primary" onClick={() => void saveSettings({ ...settings, safetyAcknowledged: true })}>
            {t('safety_continue')}
          </button>
        </SafetyNotice>
      </main>
    );
  }
  const noFit = rankCandidates(settings, state.recentDrills).length === 0;
  return (
    <main class="popup">
      {drill && pending ? (
        <DrillView
          key={drill.id}
          drill={drill}
          capSeconds={settings.drillCapSeconds}
          sound={settings.soundCues}
          fallback={noFit ? t('nofit', [noFitReasons(settings).map(tm).join(t('list_separator'))]) : null}
          snoozeOptions={canSnooze(state, settings) ? settings.snoozeMinutes : []}
          onDone={(seconds) => {
            void sendCommand({ type: 'finish', outcome: 'done', seconds });
            setAside({ kind: 'rate', drillId: pending.drillId });
          }}
          onSkip={(seconds) => void sendCommand({ type: 'finish', outcome: 'skipped', seconds })}
          onSwap={() => void sendCommand({ type: 'swap' })}
          onSnooze={(minutes) => void sendCommand({ type: 'snooze', minutes })}
          onClose={() => window.close()}
        />
      ) : (
        <IdleView state={state} settings={settings} history={history?.events ?? []} now={now} onSafety={() => setAside({ kind: 'safety' })} />
      )}
    </main>
  );
}
