import browser from './browser';
import type { OwnDrill } from '../core/own-drill';
import { readPolicyDrills } from '../core/policy-drills';
import { POLICY_CACHE_KEY } from './policy';

/** The drills the organisation pushed by policy, as last read (platform/policy.ts keeps that copy fresh). */
export async function loadOrgDrills(): Promise<OwnDrill[]> {
  const raw = (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
  return readPolicyDrills(raw).drills;
}
