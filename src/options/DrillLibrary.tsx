import { useState } from 'preact/hooks';
import { CATALOG, isCatalogId, type DrillId } from '../core/catalog';
import { DETAILS, muscleKey, TIME_OF_DAY_KEYS } from '../core/catalog/details';
import { CATEGORIES, drillText, EQUIPMENT, POSITIONS, type Drill } from '../core/drill';
import { describeDose } from '../core/dose-text';
import { drillStanding, LIBRARY_SHOWS, NO_FILTER, showsDrill, type LibraryFilter } from '../core/library';
import { atLevel } from '../core/leveled';
import { laddersOf, type Ladders, type LevelStore } from '../core/levels';
import { breakSeconds } from '../core/rotation';
import { t, tm } from '../platform/i18n';
import { openPopupTab } from '../platform/preview';
import { useDrills } from '../ui/drills';
import { usePolicy } from '../ui/hooks';
import { DrillIllustration, illustrationFor } from '../ui/illustration';
import { useLevels } from '../ui/use-levels';
import { LevelPicker } from './LevelPicker';
import type { Draft, Errors } from './draft';
import { dropTarget, OwnBadge, OwnCardPicture, OwnTools, type OwnActions } from './OwnCard';
import { useOwnLibrary } from './OwnLibrary';
import { LockedNote } from './WorkWeekFields';

interface Props {
  draft: Draft;
  errors: Errors;
  update: (patch: Partial<Draft>) => void;
  /** The stored cap, to say which drills fit a break. */
  cap: number;
}

const kitKey = (e: string) => `kit_${e.replace(/-/g, '_')}`;
const SHOW_KEYS = { all: 'show_all', fits: 'show_fits', off: 'show_off', hurt: 'show_hurt' } as const;
const UNFIT_KEYS = { equipment: 'unfit_equipment', space: 'unfit_space', 'too long': 'unfit_too_long' } as const;

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

/**
 * The drills as a grid of cards, filtered by category, kit, position and where each stands: the
 * catalog's, the organisation's and the user's own (useDrills), with the button to add one.
 */
export function DrillLibrary({ draft, errors, update, cap }: Props) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const levels = useLevels();
  const world = useDrills() ?? CATALOG;
  const ladders = laddersOf(world);
  const policy = usePolicy();
  // An organisation that locks its drills keeps them switched on.
  const orgLocked = ((policy?.locked ?? []) as readonly string[]).includes('drills');
  const locked = (drill: Drill) => orgLocked && drill.own?.source === 'org';
  const own = useOwnLibrary();
  const settings = { ...draft, drillCapSeconds: cap };
  const shown = world.filter((d) => showsDrill(d, filter, settings));
  const setShown = (on: boolean) => {
    const ids = new Set<string>(shown.filter((d) => !locked(d)).map((d) => d.id));
    update({ disabledDrills: on ? draft.disabledDrills.filter((id) => !ids.has(id)) : [...new Set([...draft.disabledDrills, ...([...ids] as DrillId[])])] });
  };
  const choose = <K extends keyof LibraryFilter>(key: K, label: string, options: [LibraryFilter[K], string][]) => (
    <div class="filter">
      <label for={`filter-${key}`}>{t(label)}</label>
      <select id={`filter-${key}`} value={filter[key]} onChange={(e) => setFilter({ ...filter, [key]: e.currentTarget.value })}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset aria-describedby={errors.disabledDrills ? 'drills-error' : undefined}>
      <legend>{t('drills_legend')}</legend>
      {own.panel}
      <div class="filters">
        {choose('category', 'filter_category', [['all', t('filter_all')], ...CATEGORIES.map((c): [typeof c, string] => [c, t(`cat_${c}`)])])}
        {choose('equipment', 'filter_equipment', [['all', t('filter_any_equipment')], ...EQUIPMENT.map((e): [typeof e, string] => [e, t(kitKey(e))])])}
        {choose('position', 'filter_position', [['all', t('filter_any_position')], ...POSITIONS.map((p): [typeof p, string] => [p, t(`pos_${p}`)])])}
        {choose('show', 'filter_status', LIBRARY_SHOWS.map((s): [typeof s, string] => [s, t(SHOW_KEYS[s])]))}
      </div>
      <div class="filters">
        <button type="button" class="small" onClick={() => setShown(true)}>{t('bulk_on')}</button>
        <button type="button" class="small" onClick={() => setShown(false)}>{t('bulk_off')}</button>
        <p class="hint" role="status">{shown.length === world.length ? t('count_all', [String(world.length)]) : t('count_shown', [String(shown.length), String(world.length)])}</p>
      </div>
      <ul class="cards">
        {shown.map((drill) => (
          <DrillCard key={drill.id} drill={drill} draft={draft} cap={cap} update={update} levels={levels} ladders={ladders} locked={locked(drill)} actions={own.actions} />
        ))}
      </ul>
      {errors.disabledDrills ? <p id="drills-error" class="error" role="alert">{tm(errors.disabledDrills)}</p> : null}
    </fieldset>
  );
}

interface CardProps {
  drill: Drill;
  draft: Draft;
  cap: number;
  update: (patch: Partial<Draft>) => void;
  levels: LevelStore | null;
  ladders: Ladders;
  /** An organisation's drill its policy keeps switched on. */
  locked: boolean;
  actions: OwnActions;
}

function DrillCard({ drill, draft, cap, update, levels, ladders, locked, actions }: CardProps) {
  const id = drill.id as DrillId;
  // The dose at the user's level; the kit, place and category are the drill's own.
  const dose = levels ? atLevel(drill, levels).drill.dose : drill.dose;
  const standing = drillStanding(drill, { ...draft, drillCapSeconds: cap });
  const illustration = drill.own ? undefined : illustrationFor(drill.id);
  const name = drillText(drill, t).name;
  const { muscles, timeOfDay } = isCatalogId(id) ? DETAILS[id] : { muscles: [], timeOfDay: [] };
  return (
    <li class="card" data-drill={drill.id} data-standing={standing} data-source={drill.own?.source} {...(drill.own ? dropTarget(drill, name, actions) : {})}>
      {drill.own ? <OwnCardPicture drill={drill} name={name} /> : null}
      {illustration ? <DrillIllustration illustration={illustration} label={t('card_illustration', [name])} size={120} /> : null}
      <div>
        {drill.own ? <OwnBadge drill={drill} /> : null}
        <label class="check">
          <input type="checkbox" checked={!draft.disabledDrills.includes(id)} disabled={locked} aria-describedby={locked ? `locked-${id}` : undefined}
            onChange={(e) => update({ disabledDrills: toggle(draft.disabledDrills, id, !e.currentTarget.checked) })} />
          <strong>{name}</strong>
        </label>
        {locked ? <LockedNote id={`locked-${id}`} /> : null}
        <p class={standing === 'in rotation' ? 'standing ok' : 'standing'} data-testid="standing">
          {standing === 'hurt' ? (
            <span class="pain">
              {t('card_pain')}{' '}
              <button type="button" class="small" onClick={() => update({ painfulDrills: draft.painfulDrills.filter((d) => d !== id) })}>
                {t('card_reenable', [name])}
              </button>
            </span>
          ) : standing === 'off' ? t('card_off') : standing === 'in rotation' ? t('card_in_rotation') : t('card_not_offered', [t(UNFIT_KEYS[standing])])}
        </p>
        <p class="meta">
          {[t(`cat_${drill.category}`), drill.equipment.map((e) => t(kitKey(e))).join(', '), t(`pos_${drill.position}`), tm(describeDose(dose)), t('card_break_seconds', [String(breakSeconds({ ...drill, dose }, cap))])].join(' · ')}
        </p>
        {levels ? <LevelPicker drill={drill} name={name} levels={levels} ladders={ladders} /> : null}
        {drill.own ? <p class="meta" data-testid="purpose">{drill.own.text.purpose}</p> : null}
        {muscles.length ? <p class="meta" data-testid="muscles">{t('card_works', [muscles.map((m) => t(muscleKey(m))).join(', ')])}</p> : null}
        {timeOfDay.length ? <p class="meta" data-testid="time-of-day">{t('card_best', [timeOfDay.map((w) => t(TIME_OF_DAY_KEYS[w])).join(', ')])}</p> : null}
        <button type="button" class="small" aria-label={t('card_preview_label', [name])} onClick={() => void openPopupTab(`preview=${drill.id}`)}>
          {t('card_preview')}
        </button>
        {drill.own ? <OwnTools drill={drill} name={name} actions={actions} /> : null}
      </div>
    </li>
  );
}
