import { useEffect, useState } from 'preact/hooks';
import { plural } from '../core/i18n';
import { tm } from '../platform/i18n';
import { pictureSpace } from '../platform/pictures';
import { dateLocale } from '../ui/format';

/** "3 more pictures can be stored; 9.6 MB free.", numbers and plural in the user's language. */
export function spaceWords(space: { left: number; bytesFree: number }): string {
  const locale = dateLocale();
  // The count is written by the message's own number formatting; the megabytes keep one decimal.
  const mb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(space.bytesFree / (1024 * 1024));
  return tm(plural('own_space', space.left, space.left, mb));
}

/** What space is left for pictures (in words, and how many more), read again whenever `version` changes; null while read. */
export function usePictureSpace(version: unknown): { words: string; left: number } | null {
  const [space, setSpace] = useState<{ words: string; left: number } | null>(null);
  useEffect(() => {
    let live = true;
    // Unread, the line is left out; the limit still holds where the picture is stored.
    pictureSpace().then(
      (read) => live && setSpace({ words: spaceWords(read), left: read.left }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  return space;
}
