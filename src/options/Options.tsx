import { useHistory, useNow, useSchedulerState, useSettings } from '../ui/hooks';
import { Acknowledge } from '../ui/Acknowledge';
import { SafetyNotice } from '../ui/Safety';
import { t } from '../platform/i18n';
import { DataSection } from './DataSection';
import { ProgressSection } from './ProgressSection';
import { SettingsForm } from './SettingsForm';

const SECTIONS: [string, string][] = [
  ['schedule', 'nav_schedule'],
  ['exercises', 'nav_exercises'],
  ['behaviour', 'nav_behaviour'],
  ['progress', 'nav_progress'],
  ['data', 'nav_data'],
  ['safety', 'about_title'],
];

export function Options() {
  const settings = useSettings();
  const state = useSchedulerState();
  const history = useHistory();
  const now = useNow(60_000);
  return (
    <main class="options">
      <header>
        <p class="eyebrow">{t('brand')}</p>
        <h1>{t('options_title')}</h1>
        <nav aria-label={t('nav_label')}>
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>{t(label)}</a>
          ))}
        </nav>
      </header>
      {settings && !settings.safetyAcknowledged ? (
        <div class="first-run">
          <SafetyNotice title="welcome_title">
            <Acknowledge label="understand" />
          </SafetyNotice>
        </div>
      ) : null}
      {settings ? <SettingsForm stored={settings} state={state} /> : <p aria-busy="true">{t('loading')}</p>}
      <div id="progress">{history ? <ProgressSection history={history} now={now} /> : null}</div>
      <div id="data">{settings && history ? <DataSection settings={settings} history={history} /> : null}</div>
      <div id="safety">
        <SafetyNotice title="about_title" />
      </div>
    </main>
  );
}
