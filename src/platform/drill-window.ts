import browser from './browser';
import { BREAK_PAGE } from './action';

const WINDOW_SIZE = { width: 400, height: 620 };

// Firefox for Android has no windows API: there the drill opens in a tab, as the preview does.
const windows = (): typeof browser.windows | undefined => browser.windows as typeof browser.windows | undefined;

/**
 * Brings the drill in front of the user without stacking windows: focus the drill window we
 * opened before if it is still there, else the toolbar popup when the browser allows opening it
 * (it needs a focused browser window), else a compact popup window.
 * Returns the id of the drill window now open, or null when the toolbar popup was used.
 */
export async function openDrillSurface(knownWindowId: number | null): Promise<number | null> {
  if (!windows()) return openPopupWindow();
  if (knownWindowId !== null && (await focusWindow(knownWindowId))) return knownWindowId;
  if (await tryToolbarPopup()) return null;
  return openPopupWindow();
}

async function focusWindow(id: number): Promise<boolean> {
  try {
    return (await browser.windows.update(id, { focused: true })) !== undefined;
  } catch {
    return false; // closed by the user since we opened it
  }
}

async function tryToolbarPopup(): Promise<boolean> {
  try {
    const normal = await browser.windows.getAll({ windowTypes: ['normal'] });
    if (!normal.some((w) => w.focused)) return false;
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}

/**
 * A compact window on the break page, or on another of its views, e.g. `routine=morning`; returns
 * its id. Without windows, a tab on the same page (null: there is no window to focus later).
 */
export async function openPopupWindow(query = ''): Promise<number | null> {
  const url = browser.runtime.getURL(`${BREAK_PAGE}?window=1${query ? `&${query}` : ''}`);
  const all = windows();
  if (!all) {
    await browser.tabs.create({ url });
    return null;
  }
  const created = await all.create({ url, type: 'popup', focused: true, ...WINDOW_SIZE });
  return created.id ?? null;
}

