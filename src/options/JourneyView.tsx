import { fromDayKey } from '../core/history';
import { JOURNEY_DAYS, type Journey, type LevelProgress, type MilestoneId } from '../core/journey';
import type { Marker } from '../core/checkin';
import { t } from '../platform/i18n';
import { MARKER_SHORT, markerAnchor } from './CheckInScores';
import { dateFormat } from '../ui/intl-cache';

// Literal keys so the locale check sees each one used. The day-21 step has no "key insight" in the plan.
const MILESTONE_TEXT: Record<MilestoneId, { name: string; noticed: string; insight?: string; marker?: Marker }> = {
  week1: { name: 'progress_milestone_week1', noticed: 'progress_milestone_week1_noticed', insight: 'progress_milestone_week1_insight' },
  weeks3: { name: 'progress_milestone_weeks3', noticed: 'progress_milestone_weeks3_noticed' },
  month1: { name: 'progress_milestone_month1', noticed: 'progress_milestone_month1_noticed', insight: 'progress_milestone_month1_insight', marker: 'sitTwoHours' },
  month2: { name: 'progress_milestone_month2', noticed: 'progress_milestone_month2_noticed', insight: 'progress_milestone_month2_insight', marker: 'overheadEasier' },
  month3: { name: 'progress_milestone_month3', noticed: 'progress_milestone_month3_noticed', insight: 'progress_milestone_month3_insight', marker: 'painFreeMornings' },
};

interface Props {
  journey: Journey | null;
  /** Null while the levels are first read: their numbers wait rather than show a wrong zero. */
  levels: LevelProgress | null;
  locale: string;
  /** Whether the weekly check-ins hold answers to the plan's markers: the milestones that name one link to them. */
  markers?: boolean;
}

/** The plan's 90 days from the first drill done: where the user is, how steady, and the plan's milestones. */
export function JourneyView({ journey, levels, locale, markers = false }: Props) {
  return (
    <div class="journey" data-testid="journey">
      <h3 id="journey-title">{t('progress_journey_title')}</h3>
      {journey === null ? (
        <p class="muted" data-testid="journey-none">
          {t('progress_journey_none')}
        </p>
      ) : (
        <Started journey={journey} levels={levels} locale={locale} markers={markers} />
      )}
    </div>
  );
}

function Started({ journey, levels, locale, markers }: { journey: Journey; levels: LevelProgress | null; locale: string; markers: boolean }) {
  const { day, past, firstDay } = journey;
  const days = [String(day), String(JOURNEY_DAYS)];
  const first = fromDayKey(firstDay);
  return (
    <>
      <p class="journey-day" id="journey-day" data-testid="journey-day">
        {past ? t('progress_journey_past', days) : t('progress_journey_day', days)}
      </p>
      <progress class="journey-bar" max={JOURNEY_DAYS} value={Math.min(day, JOURNEY_DAYS)} aria-labelledby="journey-day" />
      <p class="muted">
        {t('progress_journey_since', [dateFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(first)])}
      </p>

      <dl class="stat-grid" data-testid="journey-stats" aria-label={t('progress_journey_stats')}>
        <div>
          <dt>{t('progress_journey_days_with_drill')}</dt>
          <dd>{t('progress_n_of', [String(journey.daysDone), String(day)])}</dd>
        </div>
        {levels ? (
          <>
            <div>
              <dt>{t('progress_levels_above_start')}</dt>
              <dd>{levels.levelledUp}</dd>
            </div>
            <div>
              <dt>{t('progress_level_ups')}</dt>
              <dd>{levels.levelUps}</dd>
            </div>
          </>
        ) : null}
      </dl>

      <h4 id="milestones-title">{t('progress_milestones_title')}</h4>
      <p class="muted">{t('progress_milestones_note')}</p>
      <ol class="milestones" data-testid="milestones" aria-labelledby="milestones-title">
        {journey.milestones.map(({ id, day: at, reached }) => {
          const text = MILESTONE_TEXT[id];
          return (
            <li key={id} class={reached ? 'milestone reached' : 'milestone ahead'} data-milestone={id}>
              {/* The mark repeats the status in a shape; the words carry it for everyone. */}
              <span class="mark" aria-hidden="true">
                {reached ? '✓' : '○'}
              </span>
              <div>
                <p class="milestone-head">
                  <strong>
                    {t('progress_milestone_day', [String(at)])} · {t(text.name)}
                  </strong>{' '}
                  <span class="status">{reached ? t('progress_milestone_reached') : t('progress_milestone_ahead')}</span>
                </p>
                <p>{t(text.noticed)}</p>
                {text.insight ? <p class="insight">{t(text.insight)}</p> : null}
                {markers && text.marker ? (
                  <p class="milestone-marker">
                    <a href={`#${markerAnchor(text.marker)}`}>{t('checkin_milestone_link', [t(MARKER_SHORT[text.marker])])}</a>
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
