import { useEffect, useRef, useState } from 'preact/hooks';
import { lockedSettings, type Settings, type SettingsKey } from '../core/settings';
import { openingStep, stepAfter, WELCOME_STEPS, type WelcomeProgress, type WelcomeStep } from '../core/welcome';
import { t } from '../platform/i18n';
import { saveWelcome } from '../platform/welcome';
import { SaveStatusLine, useAutosave } from '../options/autosave';
import { usePolicy, useSchedulerState, useSettings } from '../ui/hooks';
import { StepBody } from './steps';

const TITLES: Record<WelcomeStep, string> = {
  safety: 'welcome_safety_title',
  hours: 'welcome_hours_title',
  kit: 'welcome_kit_title',
  extras: 'welcome_extras_title',
  ready: 'welcome_ready_title',
};
const NAMES: Record<WelcomeStep, string> = {
  safety: 'welcome_step_safety',
  hours: 'welcome_step_hours',
  kit: 'welcome_step_kit',
  extras: 'welcome_step_extras',
  ready: 'welcome_step_ready',
};

/** The first-run welcome: five short steps, each saved as it is answered, any of them skipped or revisited. */
export function Welcome({ progress }: { progress: WelcomeProgress | null }) {
  const settings = useSettings();
  // The steps wait for the policy too, so a field the organisation locked is never shown open.
  const policy = usePolicy();
  return (
    <div class="welcome">
      <header>
        <p class="eyebrow">{t('brand')}</p>
        <h1>{t('welcome_heading')}</h1>
        <p class="muted">{t('welcome_intro')}</p>
      </header>
      {settings && policy ? <Steps stored={settings} progress={progress} locked={new Set(lockedSettings(policy))} /> : <p aria-busy="true">{t('loading')}</p>}
    </div>
  );
}

function Steps({ stored, progress, locked }: { stored: Settings; progress: WelcomeProgress | null; locked: ReadonlySet<SettingsKey> }) {
  const state = useSchedulerState();
  const form = useAutosave(stored);
  const [step, setStep] = useState<WelcomeStep>(() => openingStep(progress));
  const [finishedAt, setFinishedAt] = useState(progress?.finishedAt ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // After a move, not on arrival: keyboard and screen-reader users land on the new step's title.
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (next: WelcomeStep) => {
    moved.current = true;
    setStep(next);
    // Where to come back to if the tab is closed now; the answers themselves are already saved.
    void saveWelcome({ step: next, finishedAt });
  };
  const finish = () => {
    const at = Date.now();
    setFinishedAt(at);
    void saveWelcome({ step, finishedAt: at });
  };
  const index = WELCOME_STEPS.indexOf(step);
  const last = index === WELCOME_STEPS.length - 1;

  return (
    <>
      <nav class="welcome-steps" aria-label={t('welcome_steps_label')}>
        <ol>
          {WELCOME_STEPS.map((s, i) => (
            <li key={s}>
              <button type="button" class="link" aria-current={s === step ? 'step' : undefined} onClick={() => go(s)}>
                <span class="number" aria-hidden="true">{i + 1}</span>
                {t(NAMES[s])}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <section class="step" aria-labelledby="step-title" data-step={step}>
            <p class="eyebrow">{t('welcome_step_of', [String(index + 1), String(WELCOME_STEPS.length)])}</p>
            <h2 id="step-title" tabIndex={-1} ref={heading}>{t(TITLES[step])}</h2>
            <StepBody step={step} form={form} state={state} finished={finishedAt !== null} locked={locked} />
          </section>
          <SaveStatusLine status={form.status} />
          <div class="step-actions">
            {index > 0 ? <button type="button" onClick={() => go(stepAfter(step, -1))}>{t('back')}</button> : null}
            {last ? null : <button type="button" class="link" onClick={() => go('ready')}>{t('welcome_skip_rest')}</button>}
            {step === 'safety' && !form.draft.safetyAcknowledged ? (
              <>
                <button type="button" onClick={() => go('hours')}>{t('welcome_not_now')}</button>
                <button type="button" class="primary" onClick={() => {
                  form.update({ safetyAcknowledged: true });
                  go('hours');
                }}>{t('understand')}</button>
              </>
            ) : last ? (
              finishedAt === null ? <button type="button" class="primary" onClick={finish}>{t('welcome_finish')}</button> : null
            ) : (
              <button type="button" class="primary" onClick={() => go(stepAfter(step, 1))}>{t('welcome_next')}</button>
            )}
          </div>
        </form>
      </main>
    </>
  );
}
