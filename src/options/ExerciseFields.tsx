import { CATALOG, type DrillId } from '../core/catalog';
import { DETAILS, muscleKey, TIME_OF_DAY_KEYS } from '../core/catalog/details';
import { useState } from 'preact/hooks';
import { CATEGORIES, drillText, type Category, type Drill } from '../core/drill';
import { describeDose } from '../core/dose-text';
import { t, tm } from '../platform/i18n';
import { openPopupTab } from '../platform/preview';
import { breakSeconds, unfit } from '../core/rotation';
import { OWNABLE_EQUIPMENT, SPACES, type Space } from '../core/settings';
import { described, Field } from '../ui/Field';
import { DrillIllustration, illustrationFor } from '../ui/illustration';
import type { Draft, Errors } from './draft';

interface Props {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
  /** The stored settings, to say why a drill is out of rotation. */
  cap: number;
}

const SPACE_KEYS: Record<Space, string> = { desk: 'space_desk', standing: 'space_standing', floor: 'space_floor' };
const kitKey = (e: string) => `kit_${e.replace(/-/g, '_')}`;

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function ExerciseFields({ draft, errors, update, cap }: Props) {
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [fitOnly, setFitOnly] = useState(false);
  const shown = CATALOG.filter((d) => (category === 'all' || d.category === category) && (!fitOnly || !['equipment', 'space', 'too long'].includes(unfit(d, { ...draft, drillCapSeconds: cap }) ?? '')));
  const setShown = (on: boolean) => {
    const ids = new Set<string>(shown.map((d) => d.id));
    update({ disabledDrills: on ? draft.disabledDrills.filter((id) => !ids.has(id)) : [...new Set([...draft.disabledDrills, ...shown.map((d) => d.id as DrillId)])] });
  };
  return (
    <section aria-labelledby="exercises-title" id="exercises">
      <h2 id="exercises-title">{t('exercises_title')}</h2>
      <fieldset>
        <legend>{t('equipment_legend')}</legend>
        {OWNABLE_EQUIPMENT.map((e) => (
          <label key={e} class="check">
            <input type="checkbox" checked={draft.equipment.includes(e)} onChange={(ev) => update({ equipment: toggle(draft.equipment, e, ev.currentTarget.checked) })} />
            {t(`eq_${e.replace(/-/g, '_')}`)}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={errors.spaces ? 'spaces-error' : undefined}>
        <legend>{t('spaces_legend')}</legend>
        {SPACES.map((s) => (
          <label key={s} class="check">
            <input type="checkbox" checked={draft.spaces.includes(s)} onChange={(ev) => update({ spaces: toggle(draft.spaces, s, ev.currentTarget.checked) })} />
            {t(SPACE_KEYS[s])}
          </label>
        ))}
        {errors.spaces ? <p id="spaces-error" class="error" role="alert">{tm(errors.spaces)}</p> : null}
      </fieldset>
      <Field id="cap" label={t('cap_label')} hint={t('cap_hint')} error={errors.drillCapSeconds}>
        <input id="cap" type="number" inputMode="numeric" min={30} max={300} value={draft.drillCapSeconds}
          {...described('cap', true, errors.drillCapSeconds)} onInput={(e) => update({ drillCapSeconds: e.currentTarget.value })} />
      </Field>
      <fieldset aria-describedby={errors.disabledDrills ? 'drills-error' : undefined}>
        <legend>{t('drills_legend')}</legend>
        <div class="filters">
          <label class="inline">
            {t('filter_show')}{' '}
            <select aria-label={t('filter_category')} value={category} onChange={(e) => setCategory(e.currentTarget.value as Category | 'all')}>
              <option value="all">{t('filter_all')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>{t(`cat_${c}`)}</option>
              ))}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={fitOnly} onChange={(e) => setFitOnly(e.currentTarget.checked)} />
            {t('filter_fit')}
          </label>
          <button type="button" class="small" onClick={() => setShown(true)}>{t('bulk_on')}</button>
          <button type="button" class="small" onClick={() => setShown(false)}>{t('bulk_off')}</button>
        </div>
        <p class="hint" role="status">{shown.length === CATALOG.length ? t('count_all', [String(CATALOG.length)]) : t('count_shown', [String(shown.length), String(CATALOG.length)])}</p>
        <ul class="cards">
          {shown.map((drill) => (
            <DrillCard key={drill.id} drill={drill} draft={draft} cap={cap} update={update} />
          ))}
        </ul>
        {errors.disabledDrills ? <p id="drills-error" class="error" role="alert">{tm(errors.disabledDrills)}</p> : null}
      </fieldset>
    </section>
  );
}

function DrillCard({ drill, draft, cap, update }: { drill: Drill; draft: Draft; cap: number; update: (patch: Partial<Draft>) => void }) {
  const id = drill.id as DrillId;
  const painful = draft.painfulDrills.includes(id);
  const reason = unfit(drill, { ...draft, drillCapSeconds: cap });
  const illustration = illustrationFor(drill.id);
  const name = drillText(drill, t).name;
  const why = reason === 'equipment' ? 'unfit_equipment' : reason === 'space' ? 'unfit_space' : 'unfit_too_long';
  const { muscles, timeOfDay } = DETAILS[id];
  return (
    <li class="card" data-drill={drill.id}>
      {illustration ? <DrillIllustration illustration={illustration} label={t('card_illustration', [name])} size={72} /> : null}
      <div>
        <label class="check">
          <input type="checkbox" checked={!draft.disabledDrills.includes(id)}
            onChange={(e) => update({ disabledDrills: toggle(draft.disabledDrills, id, !e.currentTarget.checked) })} />
          <strong>{name}</strong>
        </label>
        <p class="meta">
          {[t(`cat_${drill.category}`), drill.equipment.map((e) => t(kitKey(e))).join(', '), t(`pos_${drill.position}`), tm(describeDose(drill.dose)), t('card_break_seconds', [String(breakSeconds(drill, cap))])].join(' · ')}
        </p>
        <p class="meta" data-testid="muscles">{t('card_works', [muscles.map((m) => t(muscleKey(m))).join(', ')])}</p>
        {timeOfDay.length ? <p class="meta" data-testid="time-of-day">{t('card_best', [timeOfDay.map((w) => t(TIME_OF_DAY_KEYS[w])).join(', ')])}</p> : null}
        <button type="button" class="small" aria-label={t('card_preview_label', [name])} onClick={() => void openPopupTab(`preview=${drill.id}`)}>
          {t('card_preview')}
        </button>
        {painful ? (
          <p class="pain">
            {t('card_pain')}{' '}
            <button type="button" class="small" onClick={() => update({ painfulDrills: draft.painfulDrills.filter((d) => d !== id) })}>
              {t('card_reenable', [name])}
            </button>
          </p>
        ) : reason && reason !== 'disabled' ? (
          <p class="meta">{t('card_not_offered', [t(why)])}</p>
        ) : null}
      </div>
    </li>
  );
}
