import type { CatalogId } from './ids';
import type { TimeOfDay } from '../drill';

// What each drill works and when it suits best, from the reference articles. Kept apart from the
// catalog because nothing at a break needs it: only the options page shows it; the service worker
// and the popup do not load it.

/** Target muscles. Each one's words are the message `m_<id>` (src/locales/<lang>/muscles.json). */
export const MUSCLES = [
  'rhomboids',
  'upper_trapezius',
  'middle_trapezius',
  'lower_trapezius',
  'anterior_deltoid',
  'posterior_deltoid',
  'posterior_rotator_cuff',
  'infraspinatus',
  'teres_minor',
  'teres_major',
  'latissimus_dorsi',
  'serratus_anterior',
  'levator_scapulae',
  'pectoralis_major',
  'pectoralis_minor',
  'deep_cervical_flexors',
  'triceps',
  'core',
  'obliques',
  'gluteus_medius',
  'shoulder_stabilisers',
  'shoulder_girdle',
  'forearm_flexors',
  'diaphragm',
  'erector_spinae',
  'thoracic_erector_spinae',
] as const;
export type Muscle = (typeof MUSCLES)[number];

/** The message key of a muscle's name. */
export function muscleKey(muscle: Muscle): string {
  return `m_${muscle}`;
}

/** The message key of a time of day: the names of the two routines and of a break. */
export const TIME_OF_DAY_KEYS: Record<TimeOfDay, string> = { morning: 'routine_morning', desk: 'eyebrow_break', evening: 'routine_evening' };

export interface DrillDetails {
  muscles: readonly Muscle[];
  /**
   * Where the articles place the drill in the day; empty where they do not. From the desk-worker plan's
   * table ("When to Do It") and its action plan (morning routine, desk reset every 90 min, evening
   * wind-down), and the physiotherapy article's "regular breaks whilst sitting at their desk to stretch neck".
   */
  timeOfDay: readonly TimeOfDay[];
}

export const DETAILS: Record<CatalogId, DrillDetails> = {
  'band-rows': { muscles: ['rhomboids', 'middle_trapezius', 'posterior_deltoid'], timeOfDay: [] },
  // Plan: in the morning routine; "posture breaks every 2 hours".
  'band-pull-aparts': { muscles: ['posterior_deltoid', 'rhomboids', 'middle_trapezius'], timeOfDay: ['morning', 'desk'] },
  'band-face-pulls': { muscles: ['posterior_rotator_cuff', 'posterior_deltoid', 'middle_trapezius', 'lower_trapezius'], timeOfDay: [] },
  'band-w-external-rotation': { muscles: ['infraspinatus', 'teres_minor', 'lower_trapezius', 'rhomboids'], timeOfDay: [] },
  'band-external-rotation': { muscles: ['infraspinatus', 'teres_minor'], timeOfDay: [] },
  'band-lat-activation': { muscles: ['latissimus_dorsi', 'lower_trapezius', 'rhomboids'], timeOfDay: [] },
  'band-rear-delt-pull': { muscles: ['posterior_deltoid', 'infraspinatus', 'rhomboids'], timeOfDay: [] },
  'band-mid-trap-pull': { muscles: ['middle_trapezius', 'lower_trapezius', 'latissimus_dorsi'], timeOfDay: [] },
  'reverse-fly': { muscles: ['posterior_deltoid', 'rhomboids', 'middle_trapezius'], timeOfDay: [] },
  'band-shoulder-extension': { muscles: ['latissimus_dorsi', 'teres_major', 'posterior_deltoid'], timeOfDay: [] },
  // Plan: "morning before work"; in the desk reset every 90 minutes.
  'wall-slides': { muscles: ['lower_trapezius', 'serratus_anterior', 'rhomboids'], timeOfDay: ['morning', 'desk'] },
  'chin-tucks': { muscles: ['deep_cervical_flexors'], timeOfDay: [] },
  'shoulder-blade-squeeze': { muscles: ['rhomboids', 'middle_trapezius', 'lower_trapezius'], timeOfDay: [] },
  'prone-hand-lift': { muscles: ['lower_trapezius', 'middle_trapezius', 'rhomboids'], timeOfDay: [] },
  'wall-push-ups': { muscles: ['pectoralis_major', 'serratus_anterior', 'triceps', 'core'], timeOfDay: [] },
  'side-plank': { muscles: ['obliques', 'shoulder_stabilisers', 'gluteus_medius'], timeOfDay: [] },
  // Plan: in the evening wind-down.
  'dead-hang': { muscles: ['latissimus_dorsi', 'forearm_flexors', 'shoulder_girdle'], timeOfDay: ['evening'] },
  // Plan: "5 deep belly breaths" in the desk reset.
  'belly-breaths': { muscles: ['diaphragm'], timeOfDay: ['desk'] },
  'doorway-pec-stretch': { muscles: ['pectoralis_major', 'pectoralis_minor', 'anterior_deltoid'], timeOfDay: [] },
  'pec-ball-release': { muscles: ['pectoralis_major', 'pectoralis_minor'], timeOfDay: [] },
  // Physiotherapy article: breaks at the desk "to stretch neck".
  'upper-trap-stretch': { muscles: ['upper_trapezius', 'levator_scapulae'], timeOfDay: ['desk'] },
  'upper-trap-ball-release': { muscles: ['upper_trapezius', 'levator_scapulae'], timeOfDay: [] },
  // Plan: thoracic extensions over the foam roller in the morning routine; thoracic extension "after sitting periods".
  'thoracic-extension-roller': { muscles: ['thoracic_erector_spinae', 'pectoralis_major'], timeOfDay: ['morning', 'desk'] },
  'thoracic-extension-chair': { muscles: ['thoracic_erector_spinae', 'pectoralis_major'], timeOfDay: ['desk'] },
  // Plan: "before bed"; in the evening wind-down.
  'childs-pose-side-reach': { muscles: ['latissimus_dorsi', 'obliques', 'erector_spinae'], timeOfDay: ['evening'] },
};
