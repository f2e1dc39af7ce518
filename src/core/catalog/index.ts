import type { Drill } from '../drill';

// Facts (names, doses, cues, warning signs) come from the reference articles in shared/reference;
// every sentence here is our own.

export const CATALOG = [
  {
    id: 'wall-slides',
    name: 'Scapular wall slides',
    purpose: 'Teaches the shoulder blades to glide up and down again after hours of hunching.',
    category: 'activation',
    muscles: ['lower trapezius', 'serratus anterior', 'rhomboids'],
    equipment: ['wall'],
    position: 'standing',
    dose: { kind: 'reps', reps: 12, sets: 3, perSide: false },
    steps: [
      'Stand with your back to a wall, heels about a hand’s length in front of it.',
      'Bend your elbows to a right angle and press elbows, wrists and the backs of your hands to the wall.',
      'Slide your arms slowly upward, keeping every contact point on the wall.',
      'Stop as soon as your lower back starts to arch or a hand leaves the wall, then slide back down.',
    ],
    cue: 'Think of pulling the shoulder blades down into your back pockets as the arms rise.',
    mistake: 'Letting the ribs flare forward so the back arches off the wall instead of the arms sliding.',
    timeOfDay: ['morning', 'desk'],
  },
  {
    id: 'chin-tucks',
    name: 'Chin tucks (the ostrich)',
    purpose: 'Wakes up the deep neck flexors that hold the head over the shoulders instead of in front of them.',
    category: 'activation',
    muscles: ['deep cervical flexors'],
    equipment: ['none'],
    position: 'seated',
    dose: { kind: 'reps', reps: 10, sets: 1, perSide: false },
    steps: [
      'Sit tall with your head level and your eyes looking straight ahead.',
      'Glide your head forward as far as is comfortable, keeping your chin and forehead stacked in one vertical line.',
      'Draw your head straight back past the start, making a double chin.',
      'Return to neutral and repeat, moving smoothly in both directions.',
    ],
    cue: 'Move as if your head sits on a tray sliding forward and back: no nodding up or down.',
    mistake: 'Tipping the chin down towards the chest instead of sliding the whole head straight back.',
    timeOfDay: ['desk'],
  },
  {
    id: 'band-rows',
    name: 'Band rows',
    purpose: 'Builds the mid-back pulling strength that counters rounded shoulders.',
    category: 'strength',
    muscles: ['rhomboids', 'middle trapezius', 'posterior deltoid'],
    equipment: ['anchored-band'],
    position: 'standing',
    dose: { kind: 'reps', reps: 8, sets: 3, perSide: false, tempo: [{ phase: 'pull', seconds: 2 }, { phase: 'squeeze', seconds: 2 }, { phase: 'release', seconds: 4 }] },
    steps: [
      'Loop the band around a door handle or a sturdy table leg and hold one end in each hand.',
      'Step back until the band is taut, elbows bent to a right angle and close to your sides.',
      'Brace your stomach lightly and pull your elbows back, drawing the shoulder blades together.',
      'Hold the squeeze for two seconds, then let the band return slowly over four seconds.',
    ],
    cue: 'Pinch an imaginary pencil between your shoulder blades at the end of each pull.',
    mistake: 'Leaning back and pulling with the lower back instead of the shoulder blades.',
    timeOfDay: ['desk'],
  },
] as const satisfies readonly Drill[];

export type DrillId = (typeof CATALOG)[number]['id'];
export const DRILL_IDS: readonly DrillId[] = CATALOG.map((d) => d.id);

const byId = new Map<string, Drill>(CATALOG.map((d) => [d.id, d]));

export function findDrill(id: string): Drill | undefined {
  return byId.get(id);
}
