import { plural, render, type Translate } from './i18n';
import type { PostureKind } from './posture-kinds';
import type { Settings } from './settings';

// What each posture reset says and shows. The rotating ones are written from the reference
// articles (chin tucks, shoulders down from the ears, belly breaths, the chest stretch at a door
// frame, the upper back over the chair); the sit-stand prompts follow Cornell's rhythm (about 20
// minutes sitting, 8 standing, 2 moving), with the user's own lengths said in them.

type MinutesSetting = 'standMinutes' | 'moveMinutes';

interface PostureContent {
  /** Message key of the reset's short title. */
  title: string;
  /** Message key of the cue, or for a sit-stand prompt the plural forms' base, said for the count of minutes in `minutes`. */
  cue: string | { forms: string; minutes: MinutesSetting };
  /**
   * The drawing shown with it, an id in the illustrations' POSES: a drill's where one does the
   * same, else one drawn for the resets alone (poses/posture.ts). 'sit-down' shows the walk, the
   * minutes of moving it asks for before sitting down, which also keeps it apart from 'stand-up'.
   */
  figure: string;
  /** About how long it takes. */
  seconds: number;
}

export const POSTURE_CONTENT: Readonly<Record<PostureKind, PostureContent>> = {
  'chin-tucks': { title: 'posture_chin_tucks_title', cue: 'posture_chin_tucks_cue', figure: 'chin-tucks', seconds: 15 },
  'shoulders-down': { title: 'posture_shoulders_down_title', cue: 'posture_shoulders_down_cue', figure: 'shoulder-blade-squeeze', seconds: 15 },
  'stand-look-far': { title: 'posture_stand_look_far_title', cue: 'posture_stand_look_far_cue', figure: 'posture-look-far', seconds: 20 },
  'belly-breaths': { title: 'posture_belly_breaths_title', cue: 'posture_belly_breaths_cue', figure: 'belly-breaths', seconds: 20 },
  'chest-open': { title: 'posture_chest_open_title', cue: 'posture_chest_open_cue', figure: 'doorway-pec-stretch', seconds: 20 },
  'chair-extension': { title: 'posture_chair_extension_title', cue: 'posture_chair_extension_cue', figure: 'thoracic-extension-chair', seconds: 15 },
  'stand-up': {
    title: 'posture_stand_up_title',
    cue: { forms: 'posture_stand_up_cue', minutes: 'standMinutes' },
    figure: 'posture-stand-up',
    seconds: 10,
  },
  'sit-down': {
    title: 'posture_sit_down_title',
    cue: { forms: 'posture_sit_down_cue', minutes: 'moveMinutes' },
    figure: 'posture-walk',
    seconds: 10,
  },
};

/** The reset's title and cue in the language `tr` speaks; a sit-stand prompt says the user's minutes. */
export function postureText(kind: PostureKind, settings: Pick<Settings, MinutesSetting>, tr: Translate): { title: string; cue: string } {
  const { title, cue } = POSTURE_CONTENT[kind];
  if (typeof cue === 'string') return { title: tr(title), cue: tr(cue) };
  const minutes = settings[cue.minutes];
  return { title: tr(title), cue: render(plural(cue.forms, minutes, minutes), tr) };
}

/** The id of the drawing shown with the reset (a key of the illustrations' POSES). */
export function postureFigure(kind: PostureKind): string {
  return POSTURE_CONTENT[kind].figure;
}

/** About how many seconds the reset takes. */
export function postureSeconds(kind: PostureKind): number {
  return POSTURE_CONTENT[kind].seconds;
}
