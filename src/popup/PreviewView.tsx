import type { Drill } from '../core/drill';
import type { Settings } from '../core/settings';
import { t } from '../platform/i18n';
import { LeveledDrill } from './LeveledDrill';

/** A drill as a break would show it, at the user's level, opened from the options page; nothing is scheduled or recorded. */
export function PreviewView({ drill, settings }: { drill: Drill; settings: Settings }) {
  const close = () => window.close();
  return (
    <LeveledDrill
      eyebrow={t('eyebrow_preview')}
      drill={drill}
      settings={settings}
      lastDone={null}
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
