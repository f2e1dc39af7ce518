import { useState } from 'preact/hooks';
import type { Dispatch, StateUpdater } from 'preact/hooks';
import type { Rating } from '../core/history';
import { sendCommand } from '../platform/messages';
import { CheckInStep } from '../ui/CheckInStep';
import { RatingView } from '../ui/RatingView';
import type { Aside } from './Popup';

// The moment after a finished drill: its rating, then, once a week, the check-in on the back.
// Never at a break's start.

// The check-in is built in with the break views, not a chunk of its own: as a chunk it split the
// popup's one file in two (Rolldown moved the modules it shares with the popup into a third file),
// one more read at every popup's first paint.

interface Props {
  aside: Extract<Aside, { kind: 'rate' }>;
  setAside: Dispatch<StateUpdater<Aside>>;
}

export function AfterDrill({ aside, setAside }: Props) {
  const [asking, setAsking] = useState(false);
  const close = () => setAside({ kind: 'none' });
  if (asking) return <CheckInStep onDone={close} />;
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
