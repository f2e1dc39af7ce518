import { useEffect, useState } from 'preact/hooks';
import { requestCallSites } from '../platform/call-sites';
import { t } from '../platform/i18n';
import { useFirstRead } from './first-reads';
import { LockedNote, type FieldProps } from './WorkWeekFields';

/**
 * Hold breaks during calls on the meeting sites. It needs the browser's permission for those
 * sites, asked from the click that turns it on: on only while the setting AND the permission
 * are, so a permission taken back on the browser's extensions page shows it off at once.
 */
export function CallHoldField({ draft, update, locked }: Omit<FieldProps, 'errors'>) {
  // Null until the browser answers: shown off meanwhile, as nothing is held without it.
  const known = useFirstRead('callSites');
  // What the user's last request was answered, until the browser next says otherwise.
  const [answered, setAnswered] = useState<boolean | null>(null);
  const granted = answered ?? known;
  const [refused, setRefused] = useState(false);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    setAnswered(null);
    if (known) setRefused(false);
  }, [known]);

  const off = locked.has('holdForCalls');
  const turnOn = () => {
    // The browser shows its prompt only for a request made in the user's click: nothing may be awaited before it.
    const asked = requestCallSites();
    setAsking(true);
    setRefused(false);
    asked
      .then(
        (yes) => {
          setAnswered(yes);
          setRefused(!yes);
          if (yes) update({ holdForCalls: true });
        },
        () => setRefused(true),
      )
      .finally(() => setAsking(false));
  };
  const turnOff = () => {
    setRefused(false);
    // The permission stays with the browser: the user can take it back on the extensions page.
    update({ holdForCalls: false });
  };
  const describedBy = ['hold-calls-hint', off ? 'hold-calls-locked' : '', refused ? 'hold-calls-refused' : ''].filter(Boolean).join(' ');

  return (
    <>
      <label class="check">
        <input type="checkbox" id="hold-calls" checked={draft.holdForCalls && granted === true && !asking} disabled={off || asking} aria-describedby={describedBy}
          onChange={(e) => (e.currentTarget.checked ? turnOn() : turnOff())} />
        {t('hold_calls')}
      </label>
      {off ? <LockedNote id="hold-calls-locked" /> : null}
      <p class="hint" id="hold-calls-hint">{t('hold_calls_hint')}</p>
      {refused ? <p class="error" id="hold-calls-refused" role="alert">{t('hold_calls_refused')}</p> : null}
    </>
  );
}
