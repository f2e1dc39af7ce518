import type { DrillId } from './index';
import type { TimeOfDay } from '../drill';

// What each drill works and when it suits best, from the reference articles. Kept apart from the
// catalog because nothing at a break needs it: the service worker and the popup do not load it.

export const DETAILS: Record<DrillId, { muscles: readonly string[]; timeOfDay: readonly TimeOfDay[] }> = {
  'band-rows': { muscles: ['rhomboids', 'middle trapezius', 'posterior deltoid'], timeOfDay: ['desk'] },
  'band-pull-aparts': { muscles: ['posterior deltoid', 'rhomboids', 'middle trapezius'], timeOfDay: ['morning', 'desk'] },
  'band-face-pulls': { muscles: ['posterior rotator cuff', 'posterior deltoid', 'middle trapezius', 'lower trapezius'], timeOfDay: ['desk'] },
  'band-w-external-rotation': { muscles: ['infraspinatus', 'teres minor', 'lower trapezius', 'rhomboids'], timeOfDay: ['desk'] },
  'band-external-rotation': { muscles: ['infraspinatus', 'teres minor'], timeOfDay: ['desk'] },
  'band-lat-activation': { muscles: ['latissimus dorsi', 'lower trapezius', 'rhomboids'], timeOfDay: ['desk'] },
  'band-rear-delt-pull': { muscles: ['posterior deltoid', 'infraspinatus', 'rhomboids'], timeOfDay: ['desk'] },
  'band-mid-trap-pull': { muscles: ['middle trapezius', 'lower trapezius', 'latissimus dorsi'], timeOfDay: ['desk'] },
  'reverse-fly': { muscles: ['posterior deltoid', 'rhomboids', 'middle trapezius'], timeOfDay: ['desk'] },
  'band-shoulder-extension': { muscles: ['latissimus dorsi', 'teres major', 'posterior deltoid'], timeOfDay: ['desk'] },
  'wall-slides': { muscles: ['lower trapezius', 'serratus anterior', 'rhomboids'], timeOfDay: ['morning', 'desk'] },
  'chin-tucks': { muscles: ['deep cervical flexors'], timeOfDay: ['desk'] },
  'shoulder-blade-squeeze': { muscles: ['rhomboids', 'middle trapezius', 'lower trapezius'], timeOfDay: ['desk'] },
  'prone-hand-lift': { muscles: ['lower trapezius', 'middle trapezius', 'rhomboids'], timeOfDay: ['desk'] },
  'wall-push-ups': { muscles: ['pectorals', 'serratus anterior', 'triceps', 'core'], timeOfDay: ['desk'] },
  'side-plank': { muscles: ['obliques', 'shoulder stabilisers', 'gluteus medius'], timeOfDay: ['desk'] },
  'dead-hang': { muscles: ['latissimus dorsi', 'forearm flexors', 'shoulder girdle'], timeOfDay: ['evening'] },
  'belly-breaths': { muscles: ['diaphragm'], timeOfDay: ['desk'] },
  'doorway-pec-stretch': { muscles: ['pectoralis major', 'pectoralis minor', 'anterior deltoid'], timeOfDay: ['desk', 'evening'] },
  'pec-ball-release': { muscles: ['pectoralis major', 'pectoralis minor'], timeOfDay: ['desk'] },
  'upper-trap-stretch': { muscles: ['upper trapezius', 'levator scapulae'], timeOfDay: ['desk', 'evening'] },
  'upper-trap-ball-release': { muscles: ['upper trapezius', 'levator scapulae'], timeOfDay: ['desk'] },
  'thoracic-extension-roller': { muscles: ['thoracic erector spinae', 'pectorals'], timeOfDay: ['morning', 'desk'] },
  'thoracic-extension-chair': { muscles: ['thoracic erector spinae', 'pectorals'], timeOfDay: ['morning', 'desk'] },
  'childs-pose-side-reach': { muscles: ['latissimus dorsi', 'obliques', 'erector spinae'], timeOfDay: ['evening'] },
};
