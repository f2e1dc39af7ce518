import { findDrill } from '../core/catalog';
import { canSnooze } from '../core/machine';
import { visibleBreak } from '../core/state';
import { DrillView } from '../ui/DrillView';
import { useNow, useSchedulerState, useSettings } from '../ui/hooks';
import { sendCommand } from '../platform/messages';
import { IdleView } from './IdleView';

export function Popup() {
  const state = useSchedulerState();
  const settings = useSettings();
  const now = useNow(15_000);
  if (!state || !settings) return <main class="popup" aria-busy="true" />;
  const pending = visibleBreak(state, now);
  const drill = pending ? findDrill(pending.drillId) : undefined;
  return (
    <main class="popup">
      {drill ? (
        <DrillView
          drill={drill}
          snoozeOptions={canSnooze(state, settings) ? settings.snoozeMinutes : []}
          onDone={() => void sendCommand({ type: 'finish', outcome: 'done' })}
          onSkip={() => void sendCommand({ type: 'finish', outcome: 'skipped' })}
          onSnooze={(minutes) => void sendCommand({ type: 'snooze', minutes })}
        />
      ) : (
        <IdleView state={state} settings={settings} now={now} />
      )}
    </main>
  );
}
