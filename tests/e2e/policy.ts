import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackedExtensionId } from '../../scripts/extension-id.mjs';
import { chromePath, DIST, type LaunchOptions } from './harness';

// Sets a browser policy for Desk Reset the way an administrator does on Linux: a JSON file in
// /etc/chromium/policies/managed naming the extension by its id. Every Chromium on the machine reads
// that folder, so the test gives the extension an id of its own (a copy of dist/ elsewhere) and,
// where the kernel allows, shows the file to its own Chromium alone: /etc is overlaid in a private
// mount namespace. Otherwise (root without namespaces) the file goes into /etc and is removed after.

export interface PolicyLaunch {
  options: LaunchOptions;
  extensionId: string;
  /** Removes the copy, the overlay and any file written under /etc. */
  cleanup(): void;
}

const POLICY_DIR = 'chromium/policies/managed';

function canUseOverlay(): boolean {
  try {
    execFileSync('unshare', ['--mount', '--propagation', 'private', '--', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function launchWithPolicy(values: Record<string, unknown>): PolicyLaunch {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'desk-reset-policy-')));
  const extensionDir = join(work, 'extension');
  cpSync(DIST, extensionDir, { recursive: true });
  const extensionId = unpackedExtensionId(extensionDir);
  const policy = JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } });

  if (canUseOverlay()) {
    const upper = join(work, 'etc-upper');
    mkdirSync(join(upper, POLICY_DIR), { recursive: true });
    mkdirSync(join(work, 'etc-work'));
    writeFileSync(join(upper, POLICY_DIR, 'desk-reset-test.json'), policy);
    // unshare execs in place, so the browser keeps the process id Playwright waits on.
    const wrapper = join(work, 'chromium-with-policy.sh');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec unshare --mount --propagation private -- sh -c 'mount -t overlay overlay -o "lowerdir=/etc,upperdir=${upper},workdir=${join(work, 'etc-work')}" /etc && exec "$0" "$@"' '${chromePath()}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    return { options: { extensionDir, executablePath: wrapper }, extensionId, cleanup: () => rmSync(work, { recursive: true, force: true }) };
  }

  const file = join('/etc', POLICY_DIR, `desk-reset-test-${extensionId}.json`);
  try {
    mkdirSync(join('/etc', POLICY_DIR), { recursive: true });
    writeFileSync(file, policy);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Setting a browser policy needs a private mount namespace (unshare) or write access to /etc/${POLICY_DIR}; neither is available here.`, { cause: error });
  }
  return {
    options: { extensionDir },
    extensionId,
    cleanup: () => {
      rmSync(file, { force: true });
      rmSync(work, { recursive: true, force: true });
    },
  };
}
