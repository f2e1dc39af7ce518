/**
 * A file dropped beside its target (an own drill's card, the drill form, a file field) would open
 * in place of the settings page, and an unsaved form with it: the page keeps such drops. A drop on
 * a file field is left to it; the targets that take a picture handle theirs before this runs.
 */
export function guardDrops(target: Pick<Window, 'addEventListener'>): void {
  for (const type of ['dragover', 'drop'] as const) {
    target.addEventListener(type, (e) => {
      const fileField = e.target instanceof HTMLInputElement && e.target.type === 'file';
      if (!fileField && e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
  }
}
