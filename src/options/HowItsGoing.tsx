import { useState } from 'preact/hooks';
import { asksMarkers, checkInDue, type CheckIn as Entry } from '../core/checkin';
import { hurtInWeek, safetyAlert, type SafetyAlert } from '../core/checkin-safety';
import { trendSummary } from '../core/checkin-trend';
import { weeklyDose } from '../core/dose';
import type { Drill } from '../core/drill';
import type { HistoryStore } from '../core/history';
import type { Ladders } from '../core/levels';
import { lightenAll } from '../core/levels-lighten';
import { changeLevels } from '../platform/levels';
import { t, tm } from '../platform/i18n';
import { CheckIn } from '../ui/CheckIn';
import { firstDrillAt } from '../ui/checkin-store';
import { WARNING_SIGNS } from '../ui/Safety';
import { ScoreChart, ScoreTable } from './CheckInScores';
import { DoseChart } from './DoseChart';
import type { DrillId } from '../core/catalog/ids';
import { useFirstRead } from './first-reads';

// "How it's going": the weekly check-ins beside the dose that matters, in the user's own numbers.
// It says what was recorded, never why: the warning signs, when the numbers call for them, come
// first, above every chart.

interface Props {
  history: HistoryStore;
  /** Null while first read. */
  checkIns: readonly Entry[] | null;
  /** Every drill there is (the catalog's and the user's own): what counts as strengthening. */
  drills: readonly Drill[];
  ladders: Ladders;
  now: number;
  weeklyCheckIn: boolean;
  locale: string;
}

const NONE: Record<string, number> = {};

export function HowItsGoing({ history, checkIns, drills, ladders, now, weeklyCheckIn, locale }: Props) {
  const [asking, setAsking] = useState(false);
  // The routines' strengthening: read once with the page (a routine is done in a window of its own).
  const routines = useFirstRead('routineStrength') ?? NONE;
  const first = firstDrillAt(history);
  // Before the first drill there is nothing to ask about or to count.
  if (checkIns === null || (first === null && checkIns.length === 0)) return null;
  const due = checkInDue(checkIns, first, { weeklyCheckIn }, now);
  const latest = checkIns.filter((c) => c.score !== null).at(-1);
  const alert = safetyAlert(checkIns, latest ? hurtInWeek(history.events, latest.week) : false);
  const weeks = weeklyDose(history, drills, now, 12, routines);
  const summary = trendSummary(checkIns, weeks);
  return (
    <section class="how-its-going" aria-labelledby="checkin-panel-title" data-testid="checkin-panel">
      <h3 id="checkin-panel-title">{t('checkin_panel_title')}</h3>
      {alert && (alert.high || alert.rise) ? <Warning alert={alert} ladders={ladders} ids={drills.map((d) => d.id as DrillId)} /> : null}
      {asking && first !== null ? (
        <CheckIn markers={asksMarkers(first, Date.now())} onDone={() => setAsking(false)} />
      ) : due ? (
        <p>
          <button type="button" class="primary" onClick={() => setAsking(true)}>{t('checkin_now')}</button>
        </p>
      ) : null}
      {weeklyCheckIn ? null : <p class="muted" data-testid="checkin-off">{t('checkin_off')}</p>}
      {latest ? (
        <p class="checkin-latest" data-testid="checkin-latest">
          {t('checkin_latest', [String(latest.score)])}
          {alert?.hurt ? <strong class="hurt"> · {t('checkin_hurt_this_week')}</strong> : null}
        </p>
      ) : weeklyCheckIn ? (
        <p class="muted">{t('checkin_none')}</p>
      ) : null}
      {summary ? <p data-testid="checkin-summary">{tm(summary)}</p> : null}
      <ScoreChart checkIns={checkIns} locale={locale} />
      {checkIns.length > 0 ? <ScoreTable checkIns={checkIns} hurt={(week) => hurtInWeek(history.events, week)} locale={locale} /> : null}
      <h4 id="dose-title">{t('checkin_dose_title')}</h4>
      <DoseChart weeks={weeks} locale={locale} />
    </section>
  );
}

/** The warning signs and a word about a clinician, with the offer to make every drill one rung lighter. */
function Warning({ alert, ladders, ids }: { alert: SafetyAlert; ladders: Ladders; ids: readonly DrillId[] }) {
  /** Null until asked; then whether any drill could go a rung lighter (each may be at its first already). */
  const [lightened, setLightened] = useState<boolean | null>(null);
  const lighten = () => {
    let moved = false;
    void changeLevels((store) => {
      const next = lightenAll(store, ladders, Date.now(), ids);
      moved = next !== store;
      return next;
    }).then(() => setLightened(moved));
  };
  return (
    <section class="safety" aria-labelledby="checkin-warning-title" data-testid="checkin-warning">
      <h4 id="checkin-warning-title">{t(alert.high ? 'checkin_warning_high' : 'checkin_warning_rise')}</h4>
      <p>{t('safety_intro')}</p>
      <ul>
        {WARNING_SIGNS.map((sign) => (
          <li key={sign}>{t(sign)}</li>
        ))}
      </ul>
      <p>{t('checkin_see_clinician')}</p>
      {lightened !== null ? (
        <p role="status">{t(lightened ? 'checkin_lightened' : 'checkin_lightest')}</p>
      ) : (
        <button type="button" onClick={lighten}>{t('checkin_lighten')}</button>
      )}
    </section>
  );
}
