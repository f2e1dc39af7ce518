import type { Msg } from '../core/i18n';
import { PHASES, REST_SECONDS, type Phase } from '../core/drill';
import { phaseKey } from '../core/dose-text';
import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { MAX_PHASES, type OwnValues } from './own-form';
import { GroupError, type OwnFieldProps } from './OwnWordsFields';

// The dose in the catalog's terms, as a prescription gives it: repetitions (in sets, maybe with a
// tempo for each phase) or holds of so many seconds; each side or not; the rest between sets.

function NumberField({ id, label, hint, value, error, onInput }: { id: string; label: string; hint?: string; value: string; error: Msg | undefined; onInput: (v: string) => void }) {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <input id={id} type="number" inputMode="numeric" value={value} {...described(id, Boolean(hint), error)} onInput={(e) => onInput(e.currentTarget.value)} />
    </Field>
  );
}

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

function TempoFields({ values, errors, set }: OwnFieldProps) {
  const tempo = values.tempo;
  const setPhase = (i: number, patch: Partial<OwnValues['tempo'][number]>) => set({ tempo: tempo.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const add = () => {
    set({ tempo: [...tempo, { phase: tempo.length === 0 ? 'raise' : 'lower', seconds: '2' }] });
    focusSoon(`own-phase-${tempo.length}`);
  };
  const remove = (i: number) => {
    set({ tempo: tempo.filter((_, j) => j !== i) });
    focusSoon(tempo.length > 1 ? `own-phase-${Math.max(0, i - 1)}` : 'own-phase-add');
  };
  return (
    <fieldset data-invalid={errors['own-tempo'] ? '' : undefined} aria-describedby={errors['own-tempo'] ? 'own-tempo-hint own-tempo-error' : 'own-tempo-hint'}>
      <legend>{t('own_tempo_legend')}</legend>
      <p class="hint" id="own-tempo-hint">{t('own_tempo_hint')}</p>
      {tempo.map((p, i) => (
        <div key={i} class="own-row own-phase">
          <Field id={`own-phase-${i}`} label={t('own_phase', [String(i + 1)])} error={errors[`own-phase-${i}`]}>
            <select id={`own-phase-${i}`} value={p.phase} {...described(`own-phase-${i}`, false, errors[`own-phase-${i}`])} onChange={(e) => setPhase(i, { phase: e.currentTarget.value as Phase })}>
              {PHASES.map((name) => <option key={name} value={name}>{t(phaseKey(name))}</option>)}
            </select>
          </Field>
          <NumberField id={`own-phase-seconds-${i}`} label={t('own_phase_seconds', [String(i + 1)])} value={p.seconds} error={errors[`own-phase-seconds-${i}`]} onInput={(seconds) => setPhase(i, { seconds })} />
          <button type="button" class="small" onClick={() => remove(i)}>{t('own_phase_remove', [String(i + 1)])}</button>
        </div>
      ))}
      {tempo.length < MAX_PHASES ? <button type="button" class="small" id="own-phase-add" onClick={add}>{t('own_phase_add')}</button> : null}
      <GroupError id="own-tempo" error={errors['own-tempo']} />
    </fieldset>
  );
}

export function OwnDoseFields(props: OwnFieldProps) {
  const { values, errors, set } = props;
  const reps = values.kind === 'reps';
  return (
    <fieldset data-invalid={errors['own-dose'] ? '' : undefined} aria-describedby={errors['own-dose'] ? 'own-dose-error' : undefined}>
      <legend>{t('own_dose_legend')}</legend>
      <fieldset class="own-kind">
        <legend>{t('own_kind_legend')}</legend>
        <label class="check">
          <input type="radio" name="own-kind" value="reps" checked={reps} onChange={() => set({ kind: 'reps' })} />
          {t('own_kind_reps')}
        </label>
        <label class="check">
          <input type="radio" name="own-kind" value="hold" checked={!reps} onChange={() => set({ kind: 'hold' })} />
          {t('own_kind_hold')}
        </label>
      </fieldset>
      <div class="own-pair">
        {reps ? (
          <>
            <NumberField id="own-reps" label={t('own_reps')} value={values.reps} error={errors['own-reps']} onInput={(v) => set({ reps: v })} />
            <NumberField id="own-sets" label={t('own_sets')} value={values.sets} error={errors['own-sets']} onInput={(v) => set({ sets: v })} />
          </>
        ) : (
          <>
            <NumberField id="own-seconds" label={t('own_seconds')} value={values.seconds} error={errors['own-seconds']} onInput={(v) => set({ seconds: v })} />
            <NumberField id="own-holds" label={t('own_holds')} value={values.holds} error={errors['own-holds']} onInput={(v) => set({ holds: v })} />
          </>
        )}
      </div>
      <label class="check">
        <input type="checkbox" checked={values.perSide} onChange={(e) => set({ perSide: e.currentTarget.checked })} />
        {t('own_per_side')}
      </label>
      {reps ? <TempoFields {...props} /> : null}
      <NumberField id="own-rest" label={t('own_rest')} hint={t('own_rest_hint', [String(REST_SECONDS)])} value={values.rest} error={errors['own-rest']} onInput={(rest) => set({ rest })} />
      <label class="check">
        <input type="checkbox" id="own-levels" checked={values.levels} aria-describedby="own-levels-hint" onChange={(e) => set({ levels: e.currentTarget.checked })} />
        {t('own_levels')}
      </label>
      <p class="hint" id="own-levels-hint">{t('own_levels_hint')}</p>
      <GroupError id="own-dose" error={errors['own-dose']} />
    </fieldset>
  );
}
