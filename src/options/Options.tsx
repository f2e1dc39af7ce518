import { useSettings } from '../ui/hooks';
import { SettingsForm } from './SettingsForm';

export function Options() {
  const settings = useSettings();
  return (
    <main class="options">
      <header>
        <p class="eyebrow">Desk Reset</p>
        <h1>Settings</h1>
      </header>
      {/* Keyed on the stored value so a change saved in another tab resets this form to it. */}
      {settings ? <SettingsForm key={JSON.stringify(settings)} stored={settings} /> : <p aria-busy="true">Loading…</p>}
    </main>
  );
}
