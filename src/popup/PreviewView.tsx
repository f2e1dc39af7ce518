import type { Drill } from '../core/drill';
import type { Settings } from '../core/settings';
import { DrillView } from '../ui/DrillView';
import { t } from '../platform/i18n';

/** A drill as a break would show it, opened from the options page; nothing is scheduled or recorded. */
export function PreviewView({ drill, settings }: { drill: Drill; settings: Settings }) {
  const close = () => window.close();
  return (
    <DrillView
      eyebrow={t('eyebrow_preview')}
      drill={drill}
      capSeconds={settings.drillCapSeconds}
      sound={settings.soundCues}
      fallback={null}
      snoozeOptions={[]}
      onDone={close}
      onSkip={close}
      onSnooze={() => undefined}
      onClose={close}
    />
  );
}
