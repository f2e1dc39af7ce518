// npm run zip: builds the Chrome/Edge and Firefox packages and writes store-ready zips to release/.
// The zips are reproducible: entries sorted, one fixed timestamp and mode, the same deflate level,
// so the same sources always give byte-identical files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest a zip can say
const DOS_TIME = 0;

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f).split('\\').join('/'))
    .sort();
}

/** A zip of every file under `dir`, built byte by byte so nothing varies between runs. */
export function zipDirectory(dir) {
  return zipFiles(dir, files(dir));
}

/** A zip of `names` (paths under `dir`, sorted), built byte by byte so nothing varies between runs. */
export function zipFiles(dir, names) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of names) {
    const data = readFileSync(join(dir, name));
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, spec 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// What the packages are built from is what git tracks, less what only checks or measures them.
const NOT_BUILT_FROM = ['tests/', 'bench/', '.ci/'];

/**
 * The files the source archive holds: the sources, the lock file and the README that says how to
 * rebuild the identical packages (`npm ci`, then `npm run zip`). Read from git, so nothing local
 * (node_modules, a build, a profile) slips in.
 */
export function sourceFiles(root) {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    throw new Error('npm run zip writes the source archive from the files git tracks: run it in a git checkout of Desk Reset.');
  }
  return listed
    .split('\0')
    .filter((name) => name && !NOT_BUILT_FROM.some((dir) => name.startsWith(dir)))
    .sort();
}

/** The two store targets: each is built with its Vite mode and zipped under its own name. */
export const TARGETS = [
  { target: 'chrome', mode: 'production' },
  { target: 'firefox', mode: 'firefox' },
];

/**
 * Builds one target into `outDir` in a separate Node process with NODE_ENV=production. In-process,
 * Vite would inherit the caller's NODE_ENV (Vitest sets "test"), and Preact's preset then ships its
 * devtools hook: the zip must be what users get, whoever asks for it.
 */
export function buildTarget(mode, outDir) {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/**
 * Builds both targets into folders of their own (never dist/ or dist-firefox/, which tests and
 * `npm start` use) and writes one zip each to `outDir`, with the source archive addons.mozilla.org
 * asks for when the submitted code is bundled and minified.
 */
export async function makeRelease(outDir = join(ROOT, 'release')) {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'desk-reset-build-'));
  try {
    const written = [];
    for (const { target, mode } of TARGETS) {
      const dir = join(staging, target);
      buildTarget(mode, dir);
      const file = join(outDir, `desk-reset-${target}-${version}.zip`);
      writeFileSync(file, zipDirectory(dir));
      written.push(file);
    }
    const source = join(outDir, `desk-reset-source-${version}.zip`);
    writeFileSync(source, zipFiles(ROOT, sourceFiles(ROOT)));
    return [...written, source];
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  for (const file of await makeRelease()) console.log(relative(ROOT, file));
}
