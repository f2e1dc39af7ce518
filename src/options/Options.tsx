import { useNow, usePolicy, useSchedulerState, useSettings } from '../ui/hooks';
import { useHistory } from '../ui/history-store';
import { Acknowledge } from '../ui/Acknowledge';
import { SafetyNotice } from '../ui/Safety';
import { t } from '../platform/i18n';
import { DataSection } from './DataSection';
import { ProgressSection } from './ProgressSection';
import { useLevels } from '../ui/use-levels';
import { SettingsForm } from './SettingsForm';
import { lockedSettings } from '../core/settings';
import { WelcomeLink } from './WelcomeLink';
import { SECTIONS, useSection } from './sections';

export function Options() {
  const settings = useSettings();
  // The form waits for the policy too, so a field the organisation locked is never shown open.
  const policy = usePolicy();
  const levels = useLevels();
  const state = useSchedulerState();
  const history = useHistory();
  const now = useNow(60_000);
  const section = useSection();
  // One section at a time, each at its own address (#exercises), so links, Back and a reload keep
  // the reader's place; the navigation stays beside it (above it in a narrow window).
  return (
    <div class="options">
      <header>
        <p class="eyebrow">{t('brand')}</p>
        <h1>{t('options_title')}</h1>
        <WelcomeLink />
      </header>
      <nav class="sections" aria-label={t('nav_label')}>
        <ul>
          {SECTIONS.map(({ id, label }) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === section ? 'page' : undefined}>{t(label)}</a>
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
        {/* The form stays while other sections are shown, so a change still waiting to be saved is saved. */}
        {settings && policy ? <SettingsForm section={section} stored={settings} state={state} locked={new Set(lockedSettings(policy))} /> : <p aria-busy="true">{t('loading')}</p>}
        {section === 'progress' ? (
          <div id="progress">{history ? <ProgressSection history={history} now={now} levels={levels} postureResets={settings?.postureResets ?? false} weeklyCheckIn={settings?.weeklyCheckIn ?? false} /> : null}</div>
        ) : null}
        {section === 'data' ? <div id="data">{settings && history ? <DataSection settings={settings} history={history} /> : null}</div> : null}
        {section === 'safety' ? (
          <div id="safety">
            <SafetyNotice title="about_title" />
          </div>
        ) : null}
      </main>
    </div>
  );
}
