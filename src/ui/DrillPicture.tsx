import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OwnId } from '../core/catalog/ids';
import type { Drill } from '../core/drill';
import { pictureUrlProblem } from '../core/picture';
import { t } from '../platform/i18n';
import { loadPicture } from '../platform/pictures';
import { DrillIllustration } from './illustration/DrillIllustration';
import type { Illustration } from './illustration/pose';

/** The stage's picture size: a photo takes the drawing's place without moving the timer. */
export const PICTURE_SIZE = 160;

/**
 * The picture of an own drill: the one it carries (an organisation's, a program file's), else for
 * the user's own the one stored on this computer (a drill written elsewhere has none here). Only a
 * picture of a type we take is shown, whatever storage or a policy holds.
 */
function useOwnPicture(drill: Drill): string | null {
  const carried = drill.own?.picture ?? null;
  const stored = drill.own?.source === 'own' && carried === null;
  // Tagged with its drill, so a view handed another drill never shows the last one's picture.
  const [read, setRead] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!stored) return;
    let live = true;
    void loadPicture(drill.id as OwnId).then(
      (url) => live && setRead({ id: drill.id, url }),
      () => live && setRead({ id: drill.id, url: null }),
    );
    return () => {
      live = false;
    };
  }, [drill.id, stored]);
  const url = carried ?? (stored && read?.id === drill.id ? read.url : null);
  return useMemo(() => (url !== null && pictureUrlProblem(url) === null ? url : null), [url]);
}

interface Props {
  drill: Drill;
  name: string;
  /** The drawings by drill id, once loaded. */
  poses: Record<string, Illustration> | null;
}

/**
 * What the stage shows beside the timer: an own drill's picture, else the figure it is drawn with
 * (a catalog drill's own), else the empty space the picture would take.
 */
export function DrillPicture({ drill, name, poses }: Props) {
  const picture = useOwnPicture(drill);
  if (picture) {
    return <img class="own-picture" data-testid="own-picture" src={picture} alt={t('ownb_picture_alt', [name])} width={PICTURE_SIZE} height={PICTURE_SIZE} />;
  }
  const figure = drill.own ? drill.own.figure : drill.id;
  const illustration = figure === null ? undefined : poses?.[figure];
  return illustration ? <DrillIllustration illustration={illustration} label={t('illustration_label', [name])} size={PICTURE_SIZE} /> : <div class="illustration-space" />;
}
