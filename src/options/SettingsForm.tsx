import { useState } from 'preact/hooks';
import { CATALOG } from '../core/catalog';
import { describeDose } from '../core/drill';
import type { Settings } from '../core/settings';
import { saveSettings } from '../platform/storage';
import { fromDraft, toDraft, type Draft } from './draft';
import { ScheduleFields } from './ScheduleFields';

interface Props {
  stored: Settings;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function SettingsForm({ stored }: Props) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { settings, errors } = fromDraft(draft, stored);
  const valid = Object.keys(errors).length === 0;

  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setStatus({ kind: 'idle' });
  };
  const toggleDrill = (id: string, on: boolean) =>
    update({ disabledDrills: on ? draft.disabledDrills.filter((d) => d !== id) : [...draft.disabledDrills, id] });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!valid) return;
    try {
      await saveSettings(settings);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Could not save: ${String(error)}` });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ScheduleFields draft={draft} errors={errors} update={update} />
      <fieldset aria-describedby={errors.disabledDrills ? 'drills-error' : undefined}>
        <legend>Drills in rotation</legend>
        {CATALOG.map((drill) => (
          <label key={drill.id} class="check">
            <input type="checkbox" checked={!draft.disabledDrills.includes(drill.id)} onChange={(e) => toggleDrill(drill.id, e.currentTarget.checked)} />
            <span>
              {drill.name} <span class="muted">· {describeDose(drill.dose)}</span>
            </span>
          </label>
        ))}
        {errors.disabledDrills ? (
          <p id="drills-error" class="error" role="alert">
            {errors.disabledDrills}
          </p>
        ) : null}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={!valid}>
          Save
        </button>
        <span role="status" class="status">
          {status.kind === 'saved' ? 'Saved. The next break has been rescheduled.' : status.kind === 'failed' ? status.message : ''}
        </span>
      </div>
    </form>
  );
}
