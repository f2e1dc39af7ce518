// npm start: build the extension, then open Chromium/Chrome with it loaded and the options page
// showing, on a fresh profile so nothing of the user's own browser is touched.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { unpackedExtensionId } from './extension-id.mjs';

const DIST = resolve(import.meta.dirname, '../dist');

const CANDIDATES = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ],
};

export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return (CANDIDATES[platform] ?? []).find((p) => exists(p)) ?? null;
}

function loadByHand(reason) {
  console.log(`
${reason}

The extension is built in:  ${DIST}
Load it by hand:
  1. Open chrome://extensions (or edge://extensions) in Chrome, Chromium or Edge.
  2. Switch on "Developer mode" (top right).
  3. Click "Load unpacked" and choose the folder above.
  4. Pin Desk Reset from the puzzle-piece menu; its options page is under "Details".
Or point CHROME_PATH at a browser binary and run npm start again.`);
}

async function main() {
  console.log('Building the extension…');
  await build({ logLevel: 'warn' });
  const browser = findBrowser();
  if (!browser) return loadByHand('No Chromium, Chrome or Edge was found.');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return loadByHand(`Found ${browser}, but there is no display to open it on (try: xvfb-run npm start).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'desk-reset-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${DIST}`,
    `--load-extension=${DIST}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root otherwise
  ];
  // No page URL here: one given on the command line loads before the extension is registered and
  // is blocked. The extension opens its own options page on first install, which a fresh profile is.
  console.log(`Opening ${browser} (extension id ${unpackedExtensionId(DIST)})\n  profile: ${profile}`);
  console.log('Branded Google Chrome 137+ ignores --load-extension; if the extension is missing, load dist/ by hand (see README).');
  const child = spawn(browser, args, { stdio: 'ignore' });
  child.on('error', (error) => loadByHand(`Could not start ${browser}: ${error.message}`));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
