import { useState } from 'preact/hooks';
import { CATALOG } from '../core/catalog';
import { describeDose } from '../core/drill';
import { settingsSchema, validateSettings, type Settings } from '../core/settings';
import { saveSettings } from '../platform/storage';

interface Props {
  stored: Settings;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function SettingsForm({ stored }: Props) {
  const [interval, setInterval] = useState(String(stored.intervalMinutes));
  const [disabled, setDisabled] = useState<Set<string>>(() => new Set(stored.disabledDrills));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const intervalCheck = settingsSchema.intervalMinutes.check(interval);
  const candidate: Settings = {
    ...stored,
    intervalMinutes: intervalCheck.ok ? intervalCheck.value : stored.intervalMinutes,
    disabledDrills: CATALOG.map((d) => d.id).filter((id) => disabled.has(id)),
  };
  const errors = { ...validateSettings(candidate), ...(intervalCheck.ok ? {} : { intervalMinutes: intervalCheck.message }) };
  const valid = Object.keys(errors).length === 0;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(disabled);
    if (on) next.delete(id);
    else next.add(id);
    setDisabled(next);
    setStatus({ kind: 'idle' });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!valid) return;
    try {
      await saveSettings(candidate);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: `Could not save: ${String(error)}` });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <section aria-labelledby="schedule-title">
        <h2 id="schedule-title">Schedule</h2>
        <label for="interval">Minutes between breaks</label>
        <input
          id="interval"
          name="interval"
          type="number"
          inputMode="numeric"
          min={15}
          max={240}
          value={interval}
          aria-invalid={!intervalCheck.ok}
          aria-describedby={intervalCheck.ok ? undefined : 'interval-error'}
          onInput={(e) => {
            setInterval(e.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        {errors.intervalMinutes ? (
          <p id="interval-error" class="error" role="alert">
            {errors.intervalMinutes}
          </p>
        ) : null}
      </section>
      <fieldset aria-describedby={errors.disabledDrills ? 'drills-error' : undefined}>
        <legend>Drills in rotation</legend>
        {CATALOG.map((drill) => (
          <label key={drill.id} class="drill-choice">
            <input type="checkbox" checked={!disabled.has(drill.id)} onChange={(e) => toggle(drill.id, e.currentTarget.checked)} />
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
