import { POSTURE_ON_SCREEN_SECONDS } from '../core/posture';
import type { PostureKind } from '../core/posture-kinds';
import { postureText } from '../core/posture-content';
import type { Settings } from '../core/settings';
import { POSTURE_CLEAR_ALARM, setAlarm } from '../platform/alarms';
import { openPopupWindow } from '../platform/drill-window';
import { t } from '../platform/i18n';
import { clearNotification, notify, POSTURE_NOTIFICATION } from '../platform/notifications';
import { countPostureSeen } from '../platform/posture-seen';
import { loadState } from '../platform/storage';

/**
 * A posture reset on screen: a quiet notification (a sound only if the user chose one), no
 * window, gone by itself after about 20 seconds (an alarm: nothing waits in the worker), and
 * counted for the progress page apart from the drills.
 */
export async function showPosture(kind: PostureKind, settings: Settings, now: number): Promise<void> {
  const { title, cue } = postureText(kind, settings, t);
  await Promise.all([
    notify(POSTURE_NOTIFICATION, title, cue, [], !settings.postureSound),
    setAlarm(POSTURE_CLEAR_ALARM, now + POSTURE_ON_SCREEN_SECONDS * 1000),
    countPostureSeen(now),
  ]);
}

/** The reset's time on screen is over, or a drill takes its place. */
export async function clearPosture(): Promise<void> {
  await Promise.all([clearNotification(POSTURE_NOTIFICATION), setAlarm(POSTURE_CLEAR_ALARM, null)]);
}

/** A click on the reset: it opens in a compact window with its figure; the notification goes. */
export async function openPosture(now: number): Promise<void> {
  const kind = (await loadState(now)).posture?.kind;
  await clearPosture();
  if (kind) await openPopupWindow(`posture=${kind}`);
}
