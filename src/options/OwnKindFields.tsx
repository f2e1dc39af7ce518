import { CATEGORIES, EQUIPMENT, POSITIONS, ROUTINE_KINDS, type Category, type Position, type RoutineKind } from '../core/drill';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { GroupError, type OwnFieldProps } from './OwnWordsFields';

// What kind of drill it is, in the catalog's own lists and words, so the filters, the kit and
// space rules and the routines treat it like the catalog's.

const kitKey = (e: string) => `kit_${e.replace(/-/g, '_')}`;
const ROUTINE_KEYS: Record<RoutineKind, string> = { morning: 'routine_morning', evening: 'routine_evening' };
/** 'none' is what an empty choice means: it needs nothing. */
const KIT = EQUIPMENT.filter((e) => e !== 'none');

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function OwnKindFields({ values, errors, set }: OwnFieldProps) {
  return (
    <>
      <div class="own-pair">
        <Field id="own-category" label={t('own_category')} error={errors['own-category']}>
          <select id="own-category" value={values.category} {...described('own-category', false, errors['own-category'])} onChange={(e) => set({ category: e.currentTarget.value as Category })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cat_${c}`)}</option>)}
          </select>
        </Field>
        <Field id="own-position" label={t('own_position')} error={errors['own-position']}>
          <select id="own-position" value={values.position} {...described('own-position', false, errors['own-position'])} onChange={(e) => set({ position: e.currentTarget.value as Position })}>
            {POSITIONS.map((p) => <option key={p} value={p}>{t(`pos_${p}`)}</option>)}
          </select>
        </Field>
      </div>
      <fieldset data-invalid={errors['own-equipment'] ? '' : undefined} aria-describedby={errors['own-equipment'] ? 'own-equipment-hint own-equipment-error' : 'own-equipment-hint'}>
        <legend>{t('own_equipment_legend')}</legend>
        <p class="hint" id="own-equipment-hint">{t('own_equipment_hint')}</p>
        <div class="days">
          {KIT.map((e) => (
            <label key={e} class="check">
              <input type="checkbox" checked={values.equipment.includes(e)} onChange={(ev) => set({ equipment: toggle(values.equipment, e, ev.currentTarget.checked) })} />
              {t(kitKey(e))}
            </label>
          ))}
        </div>
        <GroupError id="own-equipment" error={errors['own-equipment']} />
      </fieldset>
    </>
  );
}

/** The routines it joins besides the breaks. */
export function OwnRoutinesField({ values, set }: OwnFieldProps) {
  return (
    <fieldset aria-describedby="own-routines-hint">
      <legend>{t('own_routines_legend')}</legend>
      <p class="hint" id="own-routines-hint">{t('own_routines_hint')}</p>
      {ROUTINE_KINDS.map((k) => (
        <label key={k} class="check">
          <input type="checkbox" checked={values.routines.includes(k)} onChange={(ev) => set({ routines: toggle(values.routines, k, ev.currentTarget.checked) })} />
          {t(ROUTINE_KEYS[k])}
        </label>
      ))}
    </fieldset>
  );
}
