import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { updateSettings, writeFailure } from '../platform/live';

/**
 * The button that records having read the safety notice. Only that one field is written; if the
 * browser refuses the write, the notice stays and says why, and the button can be pressed again.
 */
export function Acknowledge({ label }: { label: string }) {
  const [failure, setFailure] = useState('');
  const acknowledge = () => {
    setFailure('');
    updateSettings({ safetyAcknowledged: true }).catch((error: unknown) => setFailure(t('safety_save_failed', [writeFailure(error)])));
  };
  return (
    <>
      <button type="button" class="primary" onClick={acknowledge}>
        {t(label)}
      </button>
      {failure ? (
        <p class="error" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
