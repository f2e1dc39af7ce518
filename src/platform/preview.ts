import browser from './browser';

/** The popup page in a normal tab, e.g. to preview a drill from the options page. */
export async function openPopupTab(query: string): Promise<void> {
  const popup = browser.runtime.getManifest().action?.default_popup ?? '';
  await browser.tabs.create({ url: browser.runtime.getURL(`${popup}?window=1&${query}`) });
}
