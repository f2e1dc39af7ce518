import { t } from '../platform/i18n';
import { described, Field } from '../ui/Field';
import { DrillLibrary } from './DrillLibrary';
import { EquipmentField, SpacesField } from './KitFields';
import type { FieldProps } from './WorkWeekFields';

interface Props extends FieldProps {
  /** The stored cap, to say which drills fit a break. */
  cap: number;
}

export function ExerciseFields({ draft, errors, update, cap, locked }: Props) {
  return (
    <section aria-labelledby="exercises-title" id="exercises">
      <h2 id="exercises-title">{t('exercises_title')}</h2>
      <EquipmentField draft={draft} errors={errors} update={update} locked={locked} />
      <SpacesField draft={draft} errors={errors} update={update} locked={locked} />
      <Field id="cap" label={t('cap_label')} hint={t('cap_hint')} error={errors.drillCapSeconds}>
        <input id="cap" type="number" inputMode="numeric" min={30} max={300} value={draft.drillCapSeconds}
          {...described('cap', true, errors.drillCapSeconds)} onInput={(e) => update({ drillCapSeconds: e.currentTarget.value })} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={draft.autoLevels} onChange={(e) => update({ autoLevels: e.currentTarget.checked })} />
        {t('levels_auto')}
      </label>
      <DrillLibrary draft={draft} errors={errors} update={update} cap={cap} />
    </section>
  );
}
