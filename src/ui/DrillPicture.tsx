import type { Drill } from '../core/drill';
import { t } from '../platform/i18n';
import { DrillIllustration } from './illustration/DrillIllustration';
import type { Illustration } from './illustration/pose';
import { useOwnPicture } from './own-picture';

/** The stage's picture size: a photo takes the drawing's place without moving the timer. */
export const PICTURE_SIZE = 160;

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
