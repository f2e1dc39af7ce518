import { useSettings } from '../ui/hooks';
import { SafetyNotice } from '../ui/Safety';
import { saveSettings } from '../platform/storage';
import { SettingsForm } from './SettingsForm';

export function Options() {
  const settings = useSettings();
  return (
    <main class="options">
      <header>
        <p class="eyebrow">Desk Reset</p>
        <h1>Settings</h1>
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
      {/* Keyed on the stored value so a change saved in another tab resets this form to it. */}
      {settings ? <SettingsForm key={JSON.stringify(settings)} stored={settings} /> : <p aria-busy="true">Loading…</p>}
      <div id="safety">
        <SafetyNotice title="About and safety" />
      </div>
    </main>
  );
}
