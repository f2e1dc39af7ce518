import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../platform/i18n';

// The warning signs from the reference articles, in our words. Shown on first run, after a drill
// rated as painful, and on demand from the popup and the options page.

export const WARNING_SIGNS = ['warn_sharp', 'warn_numb', 'warn_night', 'warn_breathing'];

interface Props {
  /** A message key: the wording differs between first run and later visits. */
  title?: string;
  children?: ComponentChildren;
}

export function SafetyNotice({ title = 'safety_title', children }: Props) {
  // The options page shows two notices on first run: each heading needs an id of its own.
  const headingId = useId();
  return (
    <section class="safety" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(title)}</h2>
      <p>{t('safety_intro')}</p>
      <ul>
        {WARNING_SIGNS.map((sign) => (
          <li key={sign}>{t(sign)}</li>
        ))}
      </ul>
      <p class="muted">{t('no_medical_advice')}</p>
      {children}
    </section>
  );
}
