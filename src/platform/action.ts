import browser from './browser';

const POPUP = 'src/popup/index.html';
/** The popup with the break views built in. */
export const BREAK_PAGE = 'src/popup/break.html';

export async function setBadge(text: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: text === 'II' ? '#57606a' : '#1a7f64' });
}

/**
 * Points the toolbar button at the break view while a break is on screen, so the popup knows from
 * its address alone to load the drill, alongside its storage reads rather than after them.
 */
export async function setPopupForBreak(onScreen: boolean): Promise<void> {
  await browser.action.setPopup({ popup: onScreen ? BREAK_PAGE : POPUP });
}
