import type { SettingsKey } from '../core/settings';
import type { State } from '../core/state';
import type { WelcomeStep } from '../core/welcome';
import { t } from '../platform/i18n';
import type { Autosave } from '../options/autosave';
import { RoutineFields } from '../options/BehaviourFields';
import { WARNING_SIGNS } from '../ui/Safety';
import { HoursStep } from './HoursStep';
import { KitStep } from './KitStep';
import { ReadyStep } from './ReadyStep';

export interface StepProps {
  form: Autosave;
  state: State | null;
  /** The welcome was finished before: this is a review. */
  finished: boolean;
  /** Fields the organisation locked. */
  locked: ReadonlySet<SettingsKey>;
}

export function StepBody({ step, ...props }: StepProps & { step: WelcomeStep }) {
  switch (step) {
    case 'safety':
      return <SafetyStep {...props} />;
    case 'hours':
      return <HoursStep {...props} />;
    case 'kit':
      return <KitStep {...props} />;
    case 'extras':
      return <ExtrasStep {...props} />;
    case 'ready':
      return <ReadyStep {...props} />;
  }
}

function SafetyStep({ form }: StepProps) {
  return (
    <>
      <p>{t('safety_intro')}</p>
      <ul class="warning-signs">
        {WARNING_SIGNS.map((sign) => (
          <li key={sign}>{t(sign)}</li>
        ))}
      </ul>
      <p class="muted">{t('no_medical_advice')}</p>
      {form.draft.safetyAcknowledged ? <p class="notice" data-testid="acknowledged">{t('welcome_safety_done')}</p> : null}
    </>
  );
}

function ExtrasStep({ form: { draft, errors, update }, locked }: StepProps) {
  return (
    <>
      <p>{t('welcome_extras_intro')}</p>
      <RoutineFields draft={draft} errors={errors} update={update} locked={locked} />
      <fieldset>
        <legend>{t('welcome_sound_legend')}</legend>
        <label class="check">
          <input type="checkbox" checked={draft.soundCues} onChange={(e) => update({ soundCues: e.currentTarget.checked })} />
          {t('sound_cues')}
        </label>
      </fieldset>
    </>
  );
}
