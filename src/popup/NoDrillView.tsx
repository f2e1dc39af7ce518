import { t } from '../platform/i18n';
import { openOptionsPage, sendCommand } from '../platform/messages';

/** A break when every drill was marked painful: no drill is offered, only the way to choose again. */
export function NoDrillView() {
  const settings = () => {
    void openOptionsPage('exercises');
    window.close();
  };
  return (
    <article class="drill" aria-labelledby="no-drill-title">
      <p class="eyebrow">{t('eyebrow_break')}</p>
      <h1 id="no-drill-title">{t('nodrill_title')}</h1>
      <p>{t('nodrill_body')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={settings}>
          {t('nodrill_settings')}
        </button>
        <button type="button" onClick={() => void sendCommand({ type: 'finish', outcome: 'skipped' })}>
          {t('skip')}
        </button>
      </div>
    </article>
  );
}
