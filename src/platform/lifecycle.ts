import browser from './browser';

// Listeners return the handler's promise: the browser ignores it, and tests can await it.

export function onInstalled(callback: (firstInstall: boolean) => Promise<void>): void {
  browser.runtime.onInstalled.addListener((details) => callback(details.reason === 'install'));
}

export function onStartup(callback: () => Promise<void>): void {
  browser.runtime.onStartup.addListener(() => callback());
}



export const START_BREAK_SHORTCUT = 'start-break';

export function onShortcut(callback: (name: string) => Promise<void>): void {
  browser.commands.onCommand.addListener((name: string) => callback(name));
}
