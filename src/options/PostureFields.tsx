import { settingsSchema } from '../core/settings';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { dateLocale } from '../ui/format';
import { formatCount } from '../ui/intl-cache';
import { LockedNote, type FieldProps } from './WorkWeekFields';

// The second tier between the drills: a posture reset of a few seconds, or for a standing desk the
// sit-stand rhythm. Shared by the schedule settings and the welcome's day step.

type MinutesKey = 'postureMinutes' | 'sitMinutes' | 'standMinutes' | 'moveMinutes';
type SwitchKey = 'postureResets' | 'postureSound' | 'sitStand';

/** The bounds the schema guards storage with, so the hint and the box say what a save accepts. */
function bounds(key: MinutesKey): [number, number] {
  const json = settingsSchema[key].json;
  // Stryker disable next-line ConditionalExpression: every minutes field is an integer with both bounds; the fallback is for TypeScript.
  return json?.type === 'integer' ? [json.minimum ?? 0, json.maximum ?? 0] : [0, 0];
}

function MinutesField({ name, id, label, draft, errors, update, locked }: FieldProps & { name: MinutesKey; id: string; label: string }) {
  const off = locked.has(name);
  const [min, max] = bounds(name);
  return (
    <Field id={id} label={label} hint={t('range_hint', [formatCount(min, dateLocale()), formatCount(max, dateLocale())])} error={errors[name]} locked={off}>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} value={draft[name]} disabled={off}
        {...described(id, true, errors[name], off)} onInput={(e) => update({ [name]: e.currentTarget.value })} />
    </Field>
  );
}

/** A switch with the note that the organisation set it, and a hint read out with it. */
function Switch({ name, id, label, hint, draft, update, locked }: Omit<FieldProps, 'errors'> & { name: SwitchKey; id: string; label: string; hint?: string }) {
  const off = locked.has(name);
  const describedBy = [hint ? `${id}-hint` : '', off ? `${id}-locked` : ''].filter(Boolean).join(' ');
  return (
    <>
      <label class="check">
        <input type="checkbox" id={id} checked={draft[name]} disabled={off} aria-describedby={describedBy || undefined}
          onChange={(e) => update({ [name]: e.currentTarget.checked })} />
        {label}
      </label>
      {off ? <LockedNote id={`${id}-locked`} /> : null}
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
    </>
  );
}

/** Posture resets on or off with the reason; when on, how often, their sound and the sit-stand rhythm. */
export function PostureFields(props: FieldProps) {
  const { draft } = props;
  return (
    <fieldset class="posture">
      <legend>{t('resets_legend')}</legend>
      <Switch {...props} name="postureResets" id="posture-resets" label={t('resets_check')} hint={t('resets_why')} />
      {draft.postureResets ? (
        <>
          {/* The sit-stand rhythm has its own times in place of the one gap. */}
          {draft.sitStand ? null : <MinutesField {...props} name="postureMinutes" id="posture-minutes" label={t('resets_minutes_label')} />}
          <Switch {...props} name="postureSound" id="posture-sound" label={t('resets_sound')} />
          <Switch {...props} name="sitStand" id="sit-stand" label={t('sitstand_check')} hint={t('sitstand_hint')} />
          {draft.sitStand ? (
            <>
              <MinutesField {...props} name="sitMinutes" id="sit-minutes" label={t('sitstand_sit_label')} />
              <MinutesField {...props} name="standMinutes" id="stand-minutes" label={t('sitstand_stand_label')} />
              <MinutesField {...props} name="moveMinutes" id="move-minutes" label={t('sitstand_move_label')} />
            </>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
