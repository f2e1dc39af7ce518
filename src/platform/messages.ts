import browser from './browser';
import { isDrillId, type DrillId } from '../core/catalog/ids';
import { MEETING_MINUTES } from '../core/busy';
import { RATINGS, type Rating } from '../core/history';
import { PAUSE_KINDS, type PauseKind } from '../core/schedule';

// Commands from the extension pages to the service worker, which owns every change to the schedule.
export type Command =
  /** `open`: bring the drill up in its own window or the toolbar popup (from a page that is neither). */
  | { type: 'start-now'; open?: boolean }
  | { type: 'swap' }
  | { type: 'finish'; outcome: 'done' | 'skipped'; seconds?: number }
  | { type: 'rate'; drillId: DrillId; rating: Rating }
  | { type: 'snooze'; minutes: number }
  | { type: 'pause'; kind: PauseKind }
  | { type: 'resume' }
  /** "I am in a meeting" for so many minutes; 0 ends it. */
  | { type: 'meeting'; minutes: number };

export async function sendCommand(command: Command): Promise<void> {
  await browser.runtime.sendMessage(command);
}

/** The sender's promise settles once the command has been handled: the listener returns the handler's promise. */
export function onCommand(handler: (command: Command) => Promise<void>): void {
  // Anything that is not a command gets undefined, which leaves the message to other listeners.
  browser.runtime.onMessage.addListener((message: unknown) => (isCommand(message) ? handler(message) : undefined));
}

const within = (x: unknown, min: number, max: number) => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const among = (list: readonly unknown[], x: unknown) => list.includes(x);

/** Messages are checked, not trusted: anything else in the extension could send one. */
export function isCommand(x: unknown): x is Command {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'start-now':
      return m.open === undefined || typeof m.open === 'boolean';
    case 'swap':
    case 'resume':
      return true;
    case 'rate':
      return isDrillId(m.drillId) && among(RATINGS, m.rating);
    case 'finish':
      return among(['done', 'skipped'], m.outcome) && (m.seconds === undefined || within(m.seconds, 0, 86_400));
    case 'snooze':
      return within(m.minutes, 1, 60);
    case 'pause':
      return among(PAUSE_KINDS, m.kind);
    case 'meeting':
      return among([0, ...MEETING_MINUTES], m.minutes);
    default:
      return false;
  }
}

/** The options page, focused if it is already open; with a section, a tab open at that section. */
export async function openOptionsPage(section?: 'exercises'): Promise<void> {
  if (!section) return browser.runtime.openOptionsPage();
  // openOptionsPage cannot take a fragment; a tab on our own page needs no permission.
  await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#${section}`) });
}
