import browser from './browser';

export async function setBadge(text: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: text === 'II' ? '#57606a' : '#1a7f64' });
}
