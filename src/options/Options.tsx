import { useHistory, useNow, useSchedulerState, useSettings } from '../ui/hooks';
import { SafetyNotice } from '../ui/Safety';
import { saveSettings } from '../platform/storage';
import { DataSection } from './DataSection';
import { ProgressSection } from './ProgressSection';
import { SettingsForm } from './SettingsForm';

const SECTIONS: [string, string][] = [
  ['schedule', 'Schedule'],
  ['exercises', 'Exercises'],
  ['behaviour', 'Behaviour'],
  ['progress', 'Progress'],
  ['data', 'Your data'],
  ['safety', 'About and safety'],
];

export function Options() {
  const settings = useSettings();
  const state = useSchedulerState();
  const history = useHistory();
  const now = useNow(60_000);
  return (
    <main class="options">
      <header>
        <p class="eyebrow">Desk Reset</p>
        <h1>Settings</h1>
        <nav aria-label="Sections">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>{label}</a>
          ))}
        </nav>
      </header>
      {settings && !settings.safetyAcknowledged ? (
        <div class="first-run">
          <SafetyNotice title="Welcome. First, when to stop">
            <button type="button" class="primary" onClick={() => void saveSettings({ ...settings, safetyAcknowledged: true })}>
              I understand
            </button>
          </SafetyNotice>
        </div>
      ) : null}
      {settings ? <SettingsForm stored={settings} state={state} /> : <p aria-busy="true">Loading…</p>}
      <div id="progress">{history ? <ProgressSection history={history} now={now} /> : null}</div>
      <div id="data">{settings && history ? <DataSection settings={settings} history={history} /> : null}</div>
      <div id="safety">
        <SafetyNotice title="About and safety" />
      </div>
    </main>
  );
}
