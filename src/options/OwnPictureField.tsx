import type { CatalogId } from '../core/catalog/ids';
import { CATALOG } from '../core/catalog';
import { drillText } from '../core/drill';
import type { Msg } from '../core/i18n';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import type { OwnFieldProps } from './OwnWordsFields';

// The drill's picture: a file chosen or dropped on the form, shown as it will be stored; or, in
// its place, the figure of a catalog drill that moves the same way.

/** The size a picture is shown at on a card and in the form: the illustration's. */
export const PICTURE_SHOWN = 120;

interface Props extends OwnFieldProps {
  picture: string | null;
  problem: Msg | null;
  busy: boolean;
  /** "N more pictures can be stored; X MB free.", once read. */
  space: string | null;
  choose: (file: File) => void;
  remove: () => void;
}

export function OwnPictureField({ values, errors, set, picture, problem, busy, space, choose, remove }: Props) {
  const figures = CATALOG.map((d) => ({ id: d.id as CatalogId, name: drillText(d, t).name })).sort((a, b) => a.name.localeCompare(b.name));
  const hint = [t('own_picture_hint'), space ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset>
      <legend>{t('own_picture_legend')}</legend>
      {picture ? (
        <div class="own-row">
          <img class="own-picture" src={picture} alt={t('own_picture_alt', [values.name.trim() || t('own_picture_unnamed')])} width={PICTURE_SHOWN} height={PICTURE_SHOWN} data-testid="own-form-picture" />
          <button type="button" class="small" data-testid="own-picture-remove" onClick={remove}>{t('own_picture_remove')}</button>
        </div>
      ) : null}
      <Field id="own-picture-file" label={t(picture ? 'own_picture_replace' : 'own_picture_choose')} hint={hint} error={problem ?? undefined}>
        <input id="own-picture-file" type="file" accept="image/png,image/jpeg,image/webp" data-testid="own-picture-file" {...described('own-picture-file', true, problem ?? undefined)}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) choose(file);
            // The same file chosen again after a fix is a change too.
            e.currentTarget.value = '';
          }} />
      </Field>
      <p class="hint" role="status">{busy ? t('own_picture_working') : ''}</p>
      <Field id="own-figure" label={t('own_figure')} hint={t('own_figure_hint')} error={errors['own-figure']}>
        <select id="own-figure" value={values.figure} {...described('own-figure', true, errors['own-figure'])} onChange={(e) => set({ figure: e.currentTarget.value as CatalogId | '' })}>
          <option value="">{t('own_figure_none')}</option>
          {figures.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select>
      </Field>
    </fieldset>
  );
}
