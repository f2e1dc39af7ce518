import browser from './browser';

// Commands from the extension pages to the service worker, which owns every change to the schedule.
export type Command =
  | { type: 'start-now' }
  | { type: 'finish'; outcome: 'done' | 'skipped' };

export async function sendCommand(command: Command): Promise<void> {
  await browser.runtime.sendMessage(command);
}

export function onCommand(handler: (command: Command) => Promise<void>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isCommand(message)) return handler(message);
    return undefined;
  });
}

function isCommand(x: unknown): x is Command {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as { type?: unknown }).type;
  if (type === 'start-now') return true;
  const outcome = (x as { outcome?: unknown }).outcome;
  return type === 'finish' && (outcome === 'done' || outcome === 'skipped');
}
