// Copies the screenshots the end-to-end tests take into docs/screenshots/, for the README.
//   npm run test:e2e && npm run screenshots
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FROM = join(ROOT, 'test-results/screenshots');
const TO = join(ROOT, 'docs/screenshots');
const CHOSEN = ['popup-idle-light', 'popup-break-light', 'popup-break-dark', 'options-schedule-light', 'options-exercises-light', 'options-progress-light', 'options-progress-dark'];

mkdirSync(TO, { recursive: true });
for (const name of CHOSEN) {
  const file = join(FROM, `${name}.png`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run test:e2e first.`);
  copyFileSync(file, join(TO, `${name}.png`));
  console.log(`docs/screenshots/${name}.png`);
}
