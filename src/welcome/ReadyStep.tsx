import { CATALOG } from '../core/catalog';
import type { MessageArg } from '../core/i18n';
import { fits } from '../core/library';
import type { Settings, SettingsKey } from '../core/settings';
import { SETTING_LABELS } from '../core/transfer-preview';
import { t, tm } from '../platform/i18n';
import { openOptionsPage, sendCommand } from '../platform/messages';
import { closeThisTab } from '../platform/welcome';
import { describeWait, describeWhen } from '../ui/format';
import { useNow } from '../ui/hooks';
import type { StepProps } from './steps';

/** What the earlier steps decided, in the words the import preview uses for the same settings. */
const SUMMARY = ['workDays', 'workHours', 'intervalMinutes', 'equipment', 'spaces', 'morningRoutine', 'eveningRoutine', 'soundCues'] as const satisfies readonly SettingsKey[];

const words = (x: MessageArg): string => (typeof x === 'object' ? tm(x) : String(x));

function describeSetting<K extends (typeof SUMMARY)[number]>(key: K, settings: Settings): string {
  const { show } = SETTING_LABELS[key] as { show: (value: Settings[K]) => MessageArg };
  return words(show(settings[key]));
}

function FirstBreak({ at, now }: { at: number; now: number }) {
  const wait = describeWait(at, now);
  return <>{wait ? t('welcome_first_break_in', [describeWhen(at, now), wait]) : t('welcome_first_break', [describeWhen(at, now)])}</>;
}

export function ReadyStep({ form: { settings }, state, finished }: StepProps) {
  const now = useNow(15_000);
  const next = state?.pause ? null : (state?.nextBreakAt ?? null);
  const fitting = CATALOG.filter((d) => fits(d, settings)).length;
  return (
    <>
      <p class="notice first-break" data-testid="first-break">
        {next === null ? t('welcome_no_break') : <FirstBreak at={next} now={now} />}
      </p>
      <dl class="summary" data-testid="summary">
        {SUMMARY.map((key) => (
          <div key={key}>
            <dt>{t(SETTING_LABELS[key].label)}</dt>
            <dd>{describeSetting(key, settings)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('welcome_summary_drills')}</dt>
          <dd>{t('welcome_kit_fitting', [String(fitting), String(CATALOG.length)])}</dd>
        </div>
      </dl>
      <p>{t('welcome_try_intro')}</p>
      <p>
        <button type="button" onClick={() => void sendCommand({ type: 'start-now', open: true })}>{t('welcome_try')}</button>
      </p>
      {finished ? (
        <div class="notice" role="status" data-testid="finished">
          <p>{t('welcome_finished')}</p>
          <div class="actions">
            <button type="button" onClick={() => void openOptionsPage()}>{t('welcome_open_settings')}</button>
            <button type="button" onClick={() => void closeThisTab()}>{t('welcome_close')}</button>
          </div>
        </div>
      ) : null}
    </>
  );
}
