import { useEffect, useState } from 'preact/hooks';
import type { WelcomeProgress } from '../core/welcome';
import { t } from '../platform/i18n';
import { loadWelcome, onWelcomeChanged, WELCOME_PAGE } from '../platform/welcome';

/** The way back to the welcome: to finish it if it was left half-way, or to go through it again. */
export function WelcomeLink() {
  const [progress, setProgress] = useState<WelcomeProgress | null>(null);
  useEffect(() => {
    void loadWelcome().then(setProgress);
    return onWelcomeChanged(setProgress);
  }, []);
  const unfinished = progress !== null && progress.finishedAt === null;
  return (
    <p class="welcome-link">
      <a href={`/${WELCOME_PAGE}`} data-testid="welcome-link">{t(unfinished ? 'welcome_continue' : 'welcome_link')}</a>
    </p>
  );
}
