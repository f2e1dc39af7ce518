import type { Msg } from '../core/i18n';
import { OWN_LIMITS } from '../core/own-drill';
import { t, tm } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import type { FormErrors, OwnValues } from './own-form';

// The drill's words as the user writes them: its name, what it is for, its steps and two notes.

export interface OwnFieldProps {
  values: OwnValues;
  errors: FormErrors;
  set: (patch: Partial<OwnValues>) => void;
}

/** A message beside a group of controls (a fieldset), read out with it. */
export function GroupError({ id, error }: { id: string; error: Msg | undefined }) {
  return error ? <p class="error" id={`${id}-error`} role="alert">{tm(error)}</p> : null;
}

function TextField({ id, label, hint, value, error, onInput }: { id: string; label: string; hint?: string; value: string; error: Msg | undefined; onInput: (v: string) => void }) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <input id={id} type="text" value={value} {...described(id, Boolean(hint), error)} onInput={(e) => onInput(e.currentTarget.value)} />
    </Field>
  );
}

/** Focuses a control once the form has drawn it (a new step's box, the button after a removed one). */
const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

export function OwnWordsFields({ values, errors, set }: OwnFieldProps) {
  const steps = values.steps;
  const setStep = (i: number, text: string) => set({ steps: steps.map((s, j) => (j === i ? text : s)) });
  const addStep = () => {
    set({ steps: [...steps, ''] });
    focusSoon(`own-step-${steps.length}`);
  };
  const removeStep = (i: number) => {
    set({ steps: steps.filter((_, j) => j !== i) });
    focusSoon(`own-step-${Math.max(0, i - 1)}`);
  };
  return (
    <>
      <TextField id="own-name" label={t('own_name')} value={values.name} error={errors['own-name']} onInput={(name) => set({ name })} />
      <TextField id="own-purpose" label={t('own_purpose')} hint={t('own_purpose_hint')} value={values.purpose} error={errors['own-purpose']} onInput={(purpose) => set({ purpose })} />
      <fieldset class="own-steps" data-invalid={errors['own-steps'] ? '' : undefined} aria-describedby={errors['own-steps'] ? 'own-steps-error' : undefined}>
        <legend>{t('own_steps_legend', [String(OWN_LIMITS.steps)])}</legend>
        <ol>
          {steps.map((step, i) => (
            <li key={i}>
              <Field id={`own-step-${i}`} label={t('own_step', [String(i + 1)])} error={errors[`own-step-${i}`]}>
                <div class="own-row">
                  <input id={`own-step-${i}`} type="text" value={step} {...described(`own-step-${i}`, false, errors[`own-step-${i}`])} onInput={(e) => setStep(i, e.currentTarget.value)} />
                  {steps.length > 1 ? (
                    <button type="button" class="small" onClick={() => removeStep(i)}>{t('own_step_remove', [String(i + 1)])}</button>
                  ) : null}
                </div>
              </Field>
            </li>
          ))}
        </ol>
        {steps.length < OWN_LIMITS.steps ? (
          <button type="button" class="small" id="own-step-add" onClick={addStep}>{t('own_step_add')}</button>
        ) : null}
        <GroupError id="own-steps" error={errors['own-steps']} />
      </fieldset>
      <TextField id="own-cue" label={t('own_cue')} hint={t('own_cue_hint')} value={values.cue} error={errors['own-cue']} onInput={(cue) => set({ cue })} />
      <TextField id="own-mistake" label={t('own_mistake')} hint={t('own_mistake_hint')} value={values.mistake} error={errors['own-mistake']} onInput={(mistake) => set({ mistake })} />
    </>
  );
}
