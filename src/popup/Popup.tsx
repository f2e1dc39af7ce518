import { findDrill } from '../core/catalog';
import { DrillView } from '../ui/DrillView';
import { useSchedulerState } from '../ui/hooks';
import { sendCommand } from '../platform/messages';
import { IdleView } from './IdleView';

export function Popup() {
  const state = useSchedulerState();
  if (!state) return <main class="popup" aria-busy="true" />;
  const drill = state.pending ? findDrill(state.pending.drillId) : undefined;
  return (
    <main class="popup">
      {drill ? (
        <DrillView
          drill={drill}
          onDone={() => void sendCommand({ type: 'finish', outcome: 'done' })}
          onSkip={() => void sendCommand({ type: 'finish', outcome: 'skipped' })}
        />
      ) : (
        <IdleView nextBreakAt={state.nextBreakAt} onStart={() => void sendCommand({ type: 'start-now' })} />
      )}
    </main>
  );
}
