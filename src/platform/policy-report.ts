import browser from './browser';
import { translateWith, type MessagesFile, type Translate } from '../core/i18n';
import { readPolicy } from '../core/policy';
import { policyDrillsProblems, readPolicyDrills } from '../core/policy-drills';
import { lastRead } from './policy';

// Only the worker reports the policy's faults: apart from platform/policy.ts, so the pages that
// read the policy (the idle popup among them) do not load the program's checks to do so.

const POLICY_WARNED_KEY = 'policyWarned';

/**
 * The messages as the package ships them in English: the console speaks to an administrator in
 * one language, whatever the browser's. Null when the file cannot be read.
 */
async function english(): Promise<Translate | null> {
  try {
    const response = await fetch(browser.runtime.getURL('_locales/en/messages.json'));
    return response.ok ? translateWith((await response.json()) as MessagesFile) : null;
  } catch {
    return null;
  }
}

/**
 * Names in the console what the organisation's policy had wrong, its program's faults too, once
 * for each new list of problems (the worker starts often, the policy rarely changes); the rest of
 * the policy applies.
 */
export async function reportPolicyProblems(): Promise<void> {
  const [raw, seen] = await Promise.all([lastRead(), browser.storage.local.get(POLICY_WARNED_KEY)]);
  const drills = readPolicyDrills(raw);
  // The messages are fetched only for a program with faults; without them each is named by its key.
  const t = (drills.refused.length + drills.left.length > 0 ? await english() : null) ?? (() => '');
  const problems = [...readPolicy(raw).problems, ...policyDrillsProblems(drills, t)];
  const text = problems.join(', ');
  if (text === (seen[POLICY_WARNED_KEY] ?? '')) return;
  if (text) console.warn(`Desk Reset ignored part of the policy set by your organisation: ${text.endsWith('.') ? text : `${text}.`} The rest applies.`);
  await browser.storage.local.set({ [POLICY_WARNED_KEY]: text });
}
