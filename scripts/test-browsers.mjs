// Runs the Chromium and the Firefox end-to-end suites side by side, each one browser at a time:
// a browser test mostly waits on the browser, and run one after the other the two suites left the
// two cores of the test machines more than half idle. Chromium's report streams as it runs;
// Firefox's follows it, whole, so the two never interleave. Fails if either suite fails.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const vitest = resolve(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
const run = (project, stdio) => spawn(process.execPath, [vitest, 'run', '--project', project], { stdio });
const exit = (child) => new Promise((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

const firefox = run('firefox', ['ignore', 'pipe', 'pipe']);
const report = [];
firefox.stdout.on('data', (chunk) => report.push(chunk));
firefox.stderr.on('data', (chunk) => report.push(chunk));
const chromium = run('e2e', 'inherit');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    chromium.kill(signal);
    firefox.kill(signal);
  });
}

const [chromiumCode, firefoxCode] = await Promise.all([exit(chromium), exit(firefox)]);
process.stdout.write(Buffer.concat(report));
if (chromiumCode !== 0 || firefoxCode !== 0) {
  console.error(`End-to-end tests failed: Chromium exit ${chromiumCode}, Firefox exit ${firefoxCode}.`);
  process.exit(1);
}
