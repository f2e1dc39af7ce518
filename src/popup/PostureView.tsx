import { useEffect, useRef } from 'preact/hooks';
import { plural } from '../core/i18n';
import { postureFigure, postureText } from '../core/posture-content';
import { SIT_STAND_POSTURES, type PostureKind } from '../core/posture-kinds';
import type { Settings } from '../core/settings';
import { t, tm } from '../platform/i18n';
import { DrillIllustration } from '../ui/illustration/DrillIllustration';
import { POSES } from '../ui/illustration/poses';

// Loaded only for a posture reset's window (a click on its notification), never by the idle popup.
export { isPostureKind } from '../core/posture-kinds';

type Lengths = Pick<Settings, 'postureMinutes' | 'sitMinutes' | 'standMinutes' | 'moveMinutes'>;

/** How often such a reset comes: the sit-stand rhythm's lengths, or the minutes between resets. */
function when(kind: PostureKind, s: Lengths): string {
  if ((SIT_STAND_POSTURES as readonly string[]).includes(kind)) return t('posture_rhythm', [String(s.sitMinutes), String(s.standMinutes), String(s.moveMinutes)]);
  return tm(plural('posture_every', s.postureMinutes, s.postureMinutes));
}

/** A posture reset on its own: what to do for a few seconds, its figure, and the way out. Nothing is recorded. */
export function PostureView({ kind, settings }: { kind: PostureKind; settings: Lengths }) {
  const { title, cue } = postureText(kind, settings, t);
  const figure = POSES[postureFigure(kind)];
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a click elsewhere: a screen reader starts at the reset's name.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <article class="posture" aria-labelledby="posture-title">
      <p class="eyebrow">{t('posture_reset')}</p>
      <h1 id="posture-title" tabIndex={-1} ref={heading}>{title}</h1>
      {figure ? <DrillIllustration illustration={figure} label={t('illustration_label', [title])} size={160} /> : null}
      <p class="posture-cue" data-testid="posture-cue">{cue}</p>
      {/* One paragraph, so the way out stays in view in the compact window in every language. */}
      <p class="note">
        {t('posture_gentle')} <span class="muted">{when(kind, settings)}</span>
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => window.close()} aria-keyshortcuts="Escape">
          {t('done')}
        </button>
      </div>
    </article>
  );
}
