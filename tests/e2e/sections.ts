import type { Page } from 'playwright-core';

/** The settings page's sections, as its navigation names them in the address. */
export type Section = 'schedule' | 'exercises' | 'behaviour' | 'progress' | 'data' | 'safety';

/** Goes to a section of the settings page by its link, as a reader does, and waits for it to be drawn. */
export async function showSection(page: Page, id: Section): Promise<void> {
  await page.locator(`nav.sections a[href="#${id}"]`).click();
  await page.locator(`#${id} h2`).first().waitFor();
}
