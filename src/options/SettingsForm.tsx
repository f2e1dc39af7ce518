import { useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { saveSettings } from '../platform/storage';
import { fromDraft, toDraft, type Draft } from './draft';
import { BehaviourFields } from './BehaviourFields';
import { ExerciseFields } from './ExerciseFields';
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
      <ExerciseFields draft={draft} errors={errors} update={update} cap={settings.drillCapSeconds} />
      <BehaviourFields draft={draft} update={update} />
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
