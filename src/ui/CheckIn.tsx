import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { ANSWERS, MARKERS, SCORE_MAX, SCORE_MIN, weekOf, type Answer, type CheckIn as Entry, type Marker } from '../core/checkin';
import { saveCheckIn } from '../platform/checkins';
import { t } from '../platform/i18n';
import { writeSettings } from '../platform/storage';

// The week's question, answered in about ten seconds: a number from 0 to 10 and, from the second
// week, the plan's three markers. Native radios in fieldsets, so a screen reader names each group
// and its choices; the arrow keys and Enter are handled here so every browser behaves the same.

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);
// Literal keys so the locale check sees each one used.
export const MARKER_TEXT: Record<Marker, string> = {
  sitTwoHours: 'checkin_marker_sitTwoHours',
  painFreeMornings: 'checkin_marker_painFreeMornings',
  overheadEasier: 'checkin_marker_overheadEasier',
};
export const ANSWER_TEXT: Record<Answer, string> = { yes: 'checkin_answer_yes', no: 'checkin_answer_no', unsure: 'checkin_answer_unsure' };

interface Props {
  /** From the journey's second week: the plan's markers are asked too. */
  markers: boolean;
  /** Called once the week's answer (or its dismissal) is stored, or the question is turned off. */
  onDone: () => void;
}

/** Moves the choice within a radio group with the arrow keys, Home and End; Enter sends the form. */
function onKeys(e: JSX.TargetedKeyboardEvent<HTMLFormElement>, send: () => void) {
  const input = e.target as HTMLInputElement;
  if (input.type !== 'radio') return;
  if (e.key === 'Enter') {
    e.preventDefault();
    send();
    return;
  }
  const group = [...e.currentTarget.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)];
  const i = group.indexOf(input);
  const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: group.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const next = group[(to + group.length) % group.length]!;
  next.focus();
  next.click();
}

export function CheckIn({ markers, onDone }: Props) {
  const id = useId();
  const [score, setScore] = useState<number | null>(null);
  const [answers, setAnswers] = useState<Entry['markers']>({});
  const [busy, setBusy] = useState(false);
  const store = (value: number | null, given: Entry['markers']) => {
    if (busy) return;
    setBusy(true);
    const at = Date.now();
    void saveCheckIn({ week: weekOf(at), at, score: value, markers: given }).finally(onDone);
  };
  const send = () => {
    if (score !== null) store(score, markers ? answers : {});
  };
  return (
    <form class="checkin" aria-labelledby={`${id}-title`} onKeyDown={(e) => onKeys(e, send)} onSubmit={(e) => (e.preventDefault(), send())}>
      <p class="eyebrow">{t('checkin_eyebrow')}</p>
      <fieldset class="checkin-scale" aria-describedby={`${id}-low ${id}-high`}>
        <legend id={`${id}-title`}>{t('checkin_question')}</legend>
        <div class="checkin-scores">
          {SCORES.map((n) => (
            <label key={n}>
              <input type="radio" name={`${id}-score`} value={n} checked={score === n} onChange={() => setScore(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        <p class="checkin-ends">
          <span id={`${id}-low`}>{t('checkin_scale_low')}</span>
          <span id={`${id}-high`}>{t('checkin_scale_high')}</span>
        </p>
      </fieldset>
      {markers
        ? MARKERS.map((m) => (
            <fieldset key={m} class="checkin-marker">
              <legend>{t(MARKER_TEXT[m])}</legend>
              {ANSWERS.map((a) => (
                <label key={a}>
                  <input type="radio" name={`${id}-${m}`} value={a} checked={answers[m] === a} onChange={() => setAnswers((was) => ({ ...was, [m]: a }))} />
                  {t(ANSWER_TEXT[a])}
                </label>
              ))}
            </fieldset>
          ))
        : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={score === null || busy}>
          {t('checkin_save')}
        </button>
        <button type="button" disabled={busy} onClick={() => store(null, {})}>
          {t('checkin_dismiss')}
        </button>
      </div>
      <button type="button" class="link" onClick={() => void writeSettings(() => ({ weeklyCheckIn: false })).finally(onDone)}>
        {t('checkin_turn_off')}
      </button>
    </form>
  );
}
