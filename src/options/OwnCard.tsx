import type { Drill } from '../core/drill';
import { t } from '../platform/i18n';
import { DrillIllustration, illustrationFor } from '../ui/illustration';
import { useOwnPicture } from '../ui/own-picture';
import { PICTURE_SHOWN } from './OwnPictureField';

// What a card of an own or organisation's drill adds to the catalog's: its picture (or the figure
// it borrows), whose it is, and what the user may do with it.

/** What the library does to an own drill; `opener` is the button used, for focus to come back to. */
export interface OwnActions {
  edit: (id: string, opener: HTMLElement) => void;
  duplicate: (id: string, opener: HTMLElement) => void;
  remove: (id: string) => void;
  dropPicture: (id: string, name: string, file: File) => void;
}

/** The drill's picture at the illustration's size, or the figure it borrows, or nothing. */
export function OwnCardPicture({ drill, name }: { drill: Drill; name: string }) {
  const picture = useOwnPicture(drill);
  if (picture) return <img class="own-picture" src={picture} alt={t('own_picture_alt', [name])} width={PICTURE_SHOWN} height={PICTURE_SHOWN} data-testid="own-card-picture" />;
  const figure = drill.own?.figure ? illustrationFor(drill.own.figure) : undefined;
  return figure ? <DrillIllustration illustration={figure} label={t('card_illustration', [name])} size={PICTURE_SHOWN} /> : null;
}

/** Whose drill it is, said on the card. */
export function OwnBadge({ drill }: { drill: Drill }) {
  const org = drill.own?.source === 'org';
  return <p class={org ? 'own-badge org' : 'own-badge'} data-testid="own-badge">{t(org ? 'own_badge_org' : 'own_badge_own')}</p>;
}

/** Edit and Delete for the user's own drills; Duplicate for an organisation's too, as a drill of their own to change. */
export function OwnTools({ drill, name, actions }: { drill: Drill; name: string; actions: OwnActions }) {
  const own = drill.own?.source === 'own';
  return (
    <div class="own-tools">
      {own ? (
        <button type="button" class="small" data-action="edit" aria-label={t('own_edit_label', [name])} onClick={(e) => actions.edit(drill.id, e.currentTarget)}>
          {t('own_edit')}
        </button>
      ) : null}
      <button type="button" class="small" data-action="duplicate" aria-label={t('own_duplicate_label', [name])} onClick={(e) => actions.duplicate(drill.id, e.currentTarget)}>
        {t('own_duplicate')}
      </button>
      {own ? (
        <button type="button" class="small danger" data-action="delete" aria-label={t('own_delete_label', [name])} onClick={() => actions.remove(drill.id)}>
          {t('own_delete')}
        </button>
      ) : null}
    </div>
  );
}

/** Lets a picture file be dropped on an own drill's card. */
export function dropTarget(drill: Drill, name: string, actions: OwnActions) {
  if (drill.own?.source !== 'own') return {};
  return {
    onDragOver: (e: DragEvent) => e.preventDefault(),
    onDrop: (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      actions.dropPicture(drill.id, name, file);
    },
  };
}
