import type { DrillId } from '../core/catalog';
import { rateLatest, type Rating } from '../core/history';
import { loadHistory, loadSettings, saveHistory, saveSettings } from '../platform/storage';

/** Stores how a drill felt; "pain" also takes the drill out of rotation until the user re-enables it. */
export async function rate(drillId: DrillId, rating: Rating): Promise<void> {
  const store = await loadHistory();
  await saveHistory({ ...store, events: rateLatest(store.events, drillId, rating) });
  if (rating !== 'pain') return;
  const settings = await loadSettings();
  if (!settings.painfulDrills.includes(drillId)) await saveSettings({ ...settings, painfulDrills: [...settings.painfulDrills, drillId] });
}
