import type { Ladder } from './catalog/ladders';
import { msg, type Msg, type Translate } from './i18n';

// The shape of one drill and the arithmetic on its dose. Durations are derived from the dose,
// never typed by hand, so a changed dose can never leave a stale duration behind.

export const CATEGORIES = ['strength', 'activation', 'mobility', 'stretch', 'release', 'breathing'] as const;
export type Category = (typeof CATEGORIES)[number];

export const EQUIPMENT = ['none', 'wall', 'doorway', 'chair', 'band', 'anchored-band', 'foam-roller', 'ball', 'pull-up-bar'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const POSITIONS = ['seated', 'standing', 'floor'] as const;
export type Position = (typeof POSITIONS)[number];

export type TimeOfDay = 'morning' | 'desk' | 'evening';

export const ROUTINE_KINDS = ['morning', 'evening'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

/** Words for the phases of one repetition, as the guided timer calls them out. */
export const PHASES = ['pull', 'squeeze', 'release', 'raise', 'lower', 'push', 'hold', 'breathe in', 'breathe out'] as const;
export type Phase = (typeof PHASES)[number];

/** The phases of one repetition and their seconds, where a source gives a tempo. */
export type Tempo = readonly { phase: Phase; seconds: number }[];

/** `rest`: seconds between sets (or holds) where the prescription names them; REST_SECONDS otherwise. */
export type Dose =
  | { kind: 'reps'; reps: number; sets: number; perSide: boolean; tempo?: Tempo; rest?: number }
  | { kind: 'hold'; seconds: number; reps: number; perSide: boolean; rest?: number };

/** A drill's structure. Its words (name, purpose, steps, cue, mistake) live in src/locales, per language. */
export interface Drill {
  id: string;
  category: Category;
  equipment: Equipment[];
  position: Position;
  dose: Dose;
  /** How many numbered steps its text has (3 to 6). Target muscles and time of day: catalog/details.ts. */
  steps: number;
  /** A drill the user wrote or their organisation pushed: its words and the rest travel with it. */
  own?: OwnPart;
}

/** What an own drill carries that a catalog drill keeps in src/locales and catalog/. */
export interface OwnPart {
  text: DrillText;
  /** 'own': the user's; 'org': their organisation's (policy), which the user cannot edit or delete. */
  source: 'own' | 'org';
  /** Its levels, made from the written dose; kept whole while levels are off, so its level waits. */
  ladder: Ladder;
  /**
   * Levels switched off for it: done at the dose written (the ladder's start), its level neither
   * moved nor stored until they are on again.
   */
  levelsOff: boolean;
  /** The catalog drill whose figure it is drawn with, when it has no picture of its own. */
  figure: string | null;
  /** A picture as a data URL where it travels with the drill (policy); the user's own are in storage.local. */
  picture: string | null;
  routines: readonly RoutineKind[];
}

export interface DrillText {
  name: string;
  purpose: string;
  steps: string[];
  cue: string;
  mistake: string;
}

/** The message key prefix of a drill's words: ids use hyphens, message names may not. */
export function drillKey(id: string): string {
  return `d_${id.replace(/-/g, '_')}`;
}

/** Just the name: all the service worker needs, for its notifications. */
export function drillName(drill: string | Pick<Drill, 'id' | 'own'>, t: Translate): string {
  if (typeof drill !== 'string' && drill.own) return drill.own.text.name;
  return t(`${drillKey(typeof drill === 'string' ? drill : drill.id)}_name`);
}

export function drillText(drill: Pick<Drill, 'id' | 'steps' | 'own'>, t: Translate): DrillText {
  if (drill.own) return drill.own.text;
  const k = drillKey(drill.id);
  return {
    name: drillName(drill.id, t),
    purpose: t(`${k}_purpose`),
    steps: Array.from({ length: drill.steps }, (_, i) => t(`${k}_step${i + 1}`)),
    cue: t(`${k}_cue`),
    mistake: t(`${k}_mistake`),
  };
}

/** Without a tempo from the source, one controlled repetition takes about three seconds. */
export const DEFAULT_REP_SECONDS = 3;
/** Short pause between holds, between sets and to switch sides. */
export const REST_SECONDS = 5;

export function repSeconds(dose: Extract<Dose, { kind: 'reps' }>): number {
  return dose.tempo ? dose.tempo.reduce((sum, p) => sum + p.seconds, 0) : DEFAULT_REP_SECONDS;
}

/** Sets (or holds) the full dose prescribes. */
export function setCount(dose: Dose): number {
  return dose.kind === 'reps' ? dose.sets : dose.reps;
}

/** Seconds one set (reps) or one hold takes, both sides and the switch between them included. */
export function secondsPerSet(dose: Dose): number {
  const work = dose.kind === 'reps' ? dose.reps * repSeconds(dose) : dose.seconds;
  return dose.perSide ? 2 * work + REST_SECONDS : work;
}

/** Seconds of rest between two sets or holds. */
export function restSeconds(dose: Dose): number {
  return dose.rest ?? REST_SECONDS;
}

/** Seconds the whole dose takes, rests included. */
export function fullDurationSeconds(dose: Dose): number {
  const sets = setCount(dose);
  return sets * secondsPerSet(dose) + (sets - 1) * restSeconds(dose);
}

/**
 * The part of the dose a break uses. A desk break is a minute or two, not a workout: one set
 * of a repetition dose; for holds, as many holds as fit the cap, at least one.
 */
export function breakDose(dose: Dose, capSeconds: number): Dose {
  if (dose.kind === 'reps') return { ...dose, sets: 1 };
  const fit = Math.floor((capSeconds + restSeconds(dose)) / (secondsPerSet(dose) + restSeconds(dose)));
  return { ...dose, reps: Math.max(1, Math.min(dose.reps, fit)) };
}


/** How long the drill takes at a break under this cap, in words: "30 s", "2 min", "1 min 4 s". */
export function breakLength(drill: Pick<Drill, 'dose'>, capSeconds: number): Msg {
  const seconds = fullDurationSeconds(breakDose(drill.dose, capSeconds));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return msg('length_s', rest);
  return rest === 0 ? msg('length_min', minutes) : msg('length_min_s', minutes, rest);
}
