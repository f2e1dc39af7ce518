import type { Settings, SettingsKey } from '../core/settings';
import type { State } from '../core/state';
import { SaveStatusLine, useAutosave } from './autosave';
import { BehaviourFields } from './BehaviourFields';
import { ExerciseFields } from './ExerciseFields';
import { ScheduleFields } from './ScheduleFields';
import type { SectionId } from './sections';

interface Props {
  /** The page's section on screen: the form draws its fields when they are in it. */
  section: SectionId;
  stored: Settings;
  state: State | null;
  /** Fields the organisation locked through browser policy. */
  locked: ReadonlySet<SettingsKey>;
}

/** The settings page's three sections of fields, saved as the user goes (see useAutosave). */
export function SettingsForm({ section, stored, state, locked }: Props) {
  const { draft, errors, settings, update, status } = useAutosave(stored);
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <SaveStatusLine status={status} />
      {section === 'schedule' ? <ScheduleFields draft={draft} errors={errors} update={update} locked={locked} preview={settings} state={state} /> : null}
      {section === 'exercises' ? <ExerciseFields draft={draft} errors={errors} update={update} locked={locked} cap={settings.drillCapSeconds} /> : null}
      {section === 'behaviour' ? <BehaviourFields draft={draft} errors={errors} update={update} locked={locked} /> : null}
    </form>
  );
}
