import { t } from '../platform/i18n';
import { WELCOME_PAGE } from '../platform/welcome';
import { useFirstRead } from './first-reads';

/** The way back to the welcome: to finish it if it was left half-way, or to go through it again. */
export function WelcomeLink() {
  const progress = useFirstRead('welcome');
  const unfinished = progress !== null && progress.finishedAt === null;
  return (
    <p class="welcome-link">
      <a href={`/${WELCOME_PAGE}`} data-testid="welcome-link">{t(unfinished ? 'welcome_continue' : 'welcome_link')}</a>
    </p>
  );
}
