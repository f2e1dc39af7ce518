import { useState } from 'preact/hooks';
import { findDrill, type DrillId } from '../core/catalog';
import { canSnooze } from '../core/machine';
import { rankCandidates, explainNoFit } from '../core/rotation';
import { visibleBreak } from '../core/state';
import { DrillView } from '../ui/DrillView';
import { useHistory, useNow, useSchedulerState, useSettings } from '../ui/hooks';
import { RatingView } from '../ui/RatingView';
import { SafetyNotice } from '../ui/Safety';
import { sendCommand } from '../platform/messages';
import { saveSettings } from '../platform/storage';
import { IdleView } from './IdleView';

/** What the popup shows besides the schedule: a moment after a drill, or the safety page. */
type Aside = { kind: 'none' } | { kind: 'safety' } | { kind: 'rate'; drillId: DrillId } | { kind: 'hurt'; drillId: DrillId };

export function Popup() {
  const state = useSchedulerState();
  const settings = useSettings();
  const history = useHistory();
  const now = useNow(15_000);
  const [aside, setAside] = useState<Aside>({ kind: 'none' });
  if (!state || !settings) return <main class="popup" aria-busy="true" />;
  const close = () => setAside({ kind: 'none' });

  if (aside.kind === 'safety') return <main class="popup"><SafetyNotice><button type="button" onClick={close}>Back</button></SafetyNotice></main>;
  if (aside.kind === 'rate') {
    const drill = findDrill(aside.drillId)!;
    const onRate = (rating: 'easy' | 'right' | 'hard' | 'pain') => {
      void sendCommand({ type: 'rate', drillId: aside.drillId, rating });
      setAside(rating === 'pain' ? { kind: 'hurt', drillId: aside.drillId } : { kind: 'none' });
    };
    return <main class="popup"><RatingView drill={drill} onRate={onRate} onClose={close} /></main>;
  }
  if (aside.kind === 'hurt') {
    return (
      <main class="popup">
        <SafetyNotice title="Sorry it hurt">
          <p>
            <strong>{findDrill(aside.drillId)!.name}</strong> is out of your rotation. You can switch it back on in Settings.
          </p>
          <button type="button" class="primary" onClick={close}>OK</button>
        </SafetyNotice>
      </main>
    );
  }

  const pending = visibleBreak(state, now);
  const drill = pending ? findDrill(pending.drillId) : undefined;
  if (drill && pending && !settings.safetyAcknowledged) {
    return (
      <main class="popup">
        <SafetyNotice title="Before your first drill">
          <button type="button" class="primary" onClick={() => void saveSettings({ ...settings, safetyAcknowledged: true })}>
            I understand, show the drill
          </button>
        </SafetyNotice>
      </main>
    );
  }
  return (
    <main class="popup">
      {drill && pending ? (
        <DrillView
          key={drill.id}
          drill={drill}
          capSeconds={settings.drillCapSeconds}
          sound={settings.soundCues}
          fallback={rankCandidates(settings, state.recentDrills).length === 0 ? explainNoFit(settings) : null}
          snoozeOptions={canSnooze(state, settings) ? settings.snoozeMinutes : []}
          onDone={(seconds) => {
            void sendCommand({ type: 'finish', outcome: 'done', seconds });
            setAside({ kind: 'rate', drillId: pending.drillId });
          }}
          onSkip={(seconds) => void sendCommand({ type: 'finish', outcome: 'skipped', seconds })}
          onClose={() => window.close()}
          onSwap={() => void sendCommand({ type: 'swap' })}
          onSnooze={(minutes) => void sendCommand({ type: 'snooze', minutes })}
        />
      ) : (
        <IdleView state={state} settings={settings} history={history?.events ?? []} now={now} onSafety={() => setAside({ kind: 'safety' })} />
      )}
    </main>
  );
}
