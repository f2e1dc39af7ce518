import { useState } from 'preact/hooks';
import type { Dispatch, StateUpdater } from 'preact/hooks';
import type { Rating } from '../core/history';
import { sendCommand } from '../platform/messages';
import { lazy } from '../ui/lazy';
import { RatingView } from '../ui/RatingView';
import type { Aside } from './Popup';

// The moment after a finished drill: its rating, then, once a week, the check-in on the back.
// Never at a break's start. The check-in (whether it is due, and its form) is a chunk of its own,
// loaded while the rating is on screen.

export const useCheckInStep = lazy(() => import('../ui/CheckInStep'));

interface Props {
  aside: Extract<Aside, { kind: 'rate' }>;
  setAside: Dispatch<StateUpdater<Aside>>;
}

export function AfterDrill({ aside, setAside }: Props) {
  const [asking, setAsking] = useState(false);
  const step = useCheckInStep(true);
  const close = () => setAside({ kind: 'none' });
  if (asking) return step ? <step.CheckInStep onDone={close} /> : null;
  const onRate = (rating: Rating) => {
    const sent = sendCommand({ type: 'rate', drillId: aside.drillId, rating });
    const { drillId, name } = aside;
    if (rating !== 'pain') return setAsking(true);
    void sent.catch(() => setAside((now) => (now.kind === 'hurt' ? { kind: 'hurt', drillId, name, failed: true } : now)));
    setAside({ kind: 'hurt', drillId, name });
  };
  // After the rating, or in its place when the user skips it.
  return <RatingView name={aside.name} onRate={onRate} onClose={() => setAsking(true)} />;
}
