import type { Settings } from '../core/settings';
import type { State } from '../core/state';
import { SaveStatusLine, useAutosave } from './autosave';
import { BehaviourFields } from './BehaviourFields';
import { ExerciseFields } from './ExerciseFields';
import { ScheduleFields } from './ScheduleFields';

interface Props {
  stored: Settings;
  state: State | null;
}

/** The settings page's three sections of fields, saved as the user goes (see useAutosave). */
export function SettingsForm({ stored, state }: Props) {
  const { draft, errors, settings, update, status } = useAutosave(stored);
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveStatusLine status={status} />
      <ScheduleFields draft={draft} errors={errors} update={update} preview={settings} state={state} />
      <ExerciseFields draft={draft} errors={errors} update={update} cap={settings.drillCapSeconds} />
      <BehaviourFields draft={draft} errors={errors} update={update} />
    </form>
  );
}
