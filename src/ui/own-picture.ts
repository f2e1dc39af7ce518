import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OwnId } from '../core/catalog/ids';
import type { Drill } from '../core/drill';
import { pictureUrlProblem } from '../core/picture';
import { loadPicture, pictureKey } from '../platform/pictures';
import { watch } from '../platform/watch';

/**
 * The picture of an own drill, at a break and on its library card alike: the one it carries (an
 * organisation's, a program file's), else for the user's own the one stored on this computer (a
 * drill written elsewhere has none here), kept current (a picture dropped on the card, an edit in
 * another tab). Only a picture of a type we take is shown, whatever storage or a policy holds.
 */
export function useOwnPicture(drill: Drill): string | null {
  const carried = drill.own?.picture ?? null;
  const stored = drill.own?.source === 'own' && carried === null;
  // Tagged with its drill, so a view handed another drill never shows the last one's picture.
  const [read, setRead] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!stored) return undefined;
    const id = drill.id as OwnId;
    let live = true;
    // A change seen before the first read is back is the newer: the read does not undo it.
    let changed = false;
    void loadPicture(id).then(
      (url) => live && !changed && setRead({ id, url }),
      () => live && !changed && setRead({ id, url: null }),
    );
    const stop = watch('local', pictureKey(id), (raw) => {
      changed = true;
      if (live) setRead({ id, url: typeof raw === 'string' ? raw : null });
    });
    return () => {
      live = false;
      stop();
    };
  }, [drill.id, stored]);
  const url = carried ?? (stored && read?.id === drill.id ? read.url : null);
  return useMemo(() => (url !== null && pictureUrlProblem(url) === null ? url : null), [url]);
}
