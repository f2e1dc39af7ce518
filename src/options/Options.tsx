import { useEffect } from 'preact/hooks';
import { useNow, usePolicy, useSchedulerState, useSettings } from '../ui/hooks';
import { useHistory } from '../ui/history-store';
import { Acknowledge } from '../ui/Acknowledge';
import { SafetyNotice } from '../ui/Safety';
import { useCurrentSection } from '../ui/current-section';
import { t } from '../platform/i18n';
import { DataSection } from './DataSection';
import { ProgressSection } from './ProgressSection';
import { useLevels } from '../ui/use-levels';
import { SettingsForm } from './SettingsForm';
import { lockedSettings } from '../core/settings';
import { WelcomeLink } from './WelcomeLink';

const SECTIONS: readonly [string, string][] = [
  ['schedule', 'nav_schedule'],
  ['exercises', 'nav_exercises'],
  ['behaviour', 'nav_behaviour'],
  ['progress', 'nav_progress'],
  ['data', 'nav_data'],
  ['safety', 'about_title'],
];
const SECTION_IDS = SECTIONS.map(([id]) => id);

export function Options() {
  const settings = useSettings();
  // The form waits for the policy too, so a field the organisation locked is never shown open.
  const policy = usePolicy();
  const levels = useLevels();
  const state = useSchedulerState();
  const history = useHistory();
  const now = useNow(60_000);
  const current = useCurrentSection(SECTION_IDS);
  // Every store the sections above a linked one draw from: once all have answered, nothing above it grows.
  const laidOut = settings !== null && policy !== null && state !== null && history !== null && levels !== null;
  useEffect(() => {
    // A link such as #progress names a section drawn only once storage has answered, after the
    // browser looked for it: go there now.
    if (laidOut && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [laidOut]);
  // One document, so the browser's find and links such as #exercises work; the navigation stays
  // in view beside it (above it in a narrow window) and marks the section being read.
  return (
    <div class="options">
      <header>
        <p class="eyebrow">{t('brand')}</p>
        <h1>{t('options_title')}</h1>
        <WelcomeLink />
      </header>
      <nav class="sections" aria-label={t('nav_label')}>
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === current ? 'location' : undefined}>{t(label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {settings && !settings.safetyAcknowledged ? (
          <div class="first-run">
            <SafetyNotice title="welcome_title">
              <Acknowledge label="understand" />
            </SafetyNotice>
          </div>
        ) : null}
        {settings && policy ? <SettingsForm stored={settings} state={state} locked={new Set(lockedSettings(policy))} /> : <p aria-busy="true">{t('loading')}</p>}
        <div id="progress">{history ? <ProgressSection history={history} now={now} levels={levels} postureResets={settings?.postureResets ?? false} weeklyCheckIn={settings?.weeklyCheckIn ?? false} /> : null}</div>
        <div id="data">{settings && history ? <DataSection settings={settings} history={history} /> : null}</div>
        <div id="safety">
          <SafetyNotice title="about_title" />
        </div>
      </main>
    </div>
  );
}
