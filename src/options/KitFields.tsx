import { OWNABLE_EQUIPMENT, SPACES, type Space } from '../core/settings';
import { t, tm } from '../platform/i18n';
import { KitPicture } from '../ui/KitPicture';
import { LockedNote, type FieldProps } from './WorkWeekFields';

// What the user has at hand and where they can move, each a picture with its name: the settings
// page and the welcome ask the same way.

const SPACE_KEYS: Record<Space, string> = { desk: 'space_desk', standing: 'space_standing', floor: 'space_floor' };
const equipmentKey = (e: string) => `eq_${e.replace(/-/g, '_')}`;

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function EquipmentField({ draft, update, locked }: FieldProps) {
  const off = locked.has('equipment');
  return (
    <fieldset disabled={off} aria-describedby={off ? 'equipment-locked' : undefined}>
      <legend>{t('equipment_legend')}</legend>
      {off ? <LockedNote id="equipment-locked" /> : null}
      <div class="tiles">
        {OWNABLE_EQUIPMENT.map((e) => (
          <label key={e} class="tile">
            <input type="checkbox" checked={draft.equipment.includes(e)} onChange={(ev) => update({ equipment: toggle(draft.equipment, e, ev.currentTarget.checked) })} />
            <KitPicture name={e} />
            <span>{t(equipmentKey(e))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SpacesField({ draft, errors, update }: FieldProps) {
  return (
    <fieldset aria-describedby={errors.spaces ? 'spaces-error' : undefined}>
      <legend>{t('spaces_legend')}</legend>
      <div class="tiles">
        {SPACES.map((s) => (
          <label key={s} class="tile">
            <input type="checkbox" checked={draft.spaces.includes(s)} onChange={(ev) => update({ spaces: toggle(draft.spaces, s, ev.currentTarget.checked) })} />
            <KitPicture name={s} />
            <span>{t(SPACE_KEYS[s])}</span>
          </label>
        ))}
      </div>
      {errors.spaces ? <p id="spaces-error" class="error" role="alert">{tm(errors.spaces)}</p> : null}
    </fieldset>
  );
}
