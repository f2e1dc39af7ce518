import { useEffect, useState } from 'preact/hooks';
import { asksMarkers } from '../core/checkin';
import { CheckIn } from './CheckIn';
import { dueNow, firstDrillAt, useCheckIns } from './checkin-store';
import { useSettings } from './hooks';
import { useHistory } from './history-store';

// The popup's step after a drill's rating: the week's check-in when it is due, else straight on.
// Built in with the break views (see AfterDrill.tsx): never in the popup's first paint.

export function CheckInStep({ onDone }: { onDone: () => void }) {
  const settings = useSettings();
  const history = useHistory();
  const checkIns = useCheckIns();
  const [now] = useState(Date.now);
  const read = settings !== null && history !== null && checkIns !== null;
  // The drill just done may not be in the history yet: on the first one, the journey starts now.
  const first = firstDrillAt(history) ?? now;
  const due = dueNow(checkIns, first, settings, now);
  useEffect(() => {
    if (read && !due) onDone();
  }, [read, due]);
  return due ? <CheckIn markers={asksMarkers(first, now)} onDone={onDone} /> : null;
}
