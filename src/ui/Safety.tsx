import type { ComponentChildren } from 'preact';

// The warning signs from the reference articles, in our words. Shown on first run, after a drill
// rated as painful, and on demand from the popup and the options page.

export const WARNING_SIGNS = [
  'Sharp or stabbing pain, as opposed to the dull ache of a working muscle',
  'Numbness, or pins and needles, running down an arm',
  'Pain that gets worse at night',
  'Trouble breathing while you move',
];

interface Props {
  /** Heading level and wording differ between first run and later visits. */
  title?: string;
  children?: ComponentChildren;
}

export function SafetyNotice({ title = 'Move within comfort', children }: Props) {
  return (
    <section class="safety" aria-labelledby="safety-title">
      <h2 id="safety-title">{title}</h2>
      <p>These drills should feel like gentle work, never like injury. Stop at once and see a doctor or physiotherapist if you notice:</p>
      <ul>
        {WARNING_SIGNS.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p class="muted">Desk Reset gives no medical advice and is no substitute for a clinician who has examined you.</p>
      {children}
    </section>
  );
}
