import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { DrillId } from '../core/catalog/ids';
import { t } from '../platform/i18n';
import { useDrills } from '../ui/drills';
import { updateSettings, writeFailure } from '../platform/live';
import { changedFields, fromDraft, mergeDraft, sameSettings, toDraft, type Draft, type Errors } from './draft';

/** Wait this long after the last change before writing, so typing makes one write, not many. */
export const SAVE_DELAY_MS = 400;
/** After a failed write (a full quota, the write limit), try the same save again after this long. */
export const RETRY_MS = 10_000;

export type SaveStatus = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface Autosave {
  draft: Draft;
  errors: Errors;
  /** The settings as they would be saved now: stored values where a field cannot be saved. */
  settings: Settings;
  update: (patch: Partial<Draft>) => void;
  status: SaveStatus;
}

/**
 * Saves as the user goes: every valid field is written after a short pause; a field with an
 * error, or caught in a broken rule across fields, keeps its stored value and shows why beside
 * it. A change saved elsewhere (another tab, the popup) flows into the fields the user is not
 * editing. The settings page and the welcome both save this way.
 */
export function useAutosave(stored: Settings): Autosave {
  const [held, setDraft] = useState<Draft>(() => toDraft(stored));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Bumped to try a failed save again: the edit stays in the form until it is stored.
  const [attempt, setAttempt] = useState(0);
  const base = useRef(stored);

  // Merged in the render that brings the change, not in an effect: effects wait for a frame (in a
  // hidden tab, a second or more), and a save timed meanwhile would write the form's older values
  // over the change.
  let draft = held;
  if (!sameSettings(base.current, stored)) {
    draft = mergeDraft(held, base.current, stored);
    base.current = stored;
    setDraft(draft);
  }

  // The user's and the organisation's drills count as drills switched on, so they can be the only ones.
  const own = (useDrills() ?? []).filter((d) => d.own).map((d) => d.id as DrillId);
  const { settings, errors } = fromDraft(draft, stored, own);
  const changed = !sameSettings(settings, stored);

  useEffect(() => {
    if (!changed) {
      // Storage has caught up with the form: whatever was being saved is saved.
      setStatus((s) => (s.kind === 'pending' ? { kind: 'saved' } : s));
      return undefined;
    }
    setStatus({ kind: 'pending' });
    // A newer edit (or leaving the page) supersedes this save: its outcome then reports nothing
    // and schedules no retry; the newer save carries every field anyway.
    let superseded = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const id = setTimeout(() => {
      updateSettings(changedFields(settings, stored)).then(
        () => superseded || setStatus({ kind: 'saved' }),
        (error: unknown) => {
          if (superseded) return;
          setStatus({ kind: 'failed', message: t('save_failed', [writeFailure(error)]) });
          retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
        },
      );
    }, SAVE_DELAY_MS);
    return () => {
      superseded = true;
      clearTimeout(id);
      clearTimeout(retry);
    };
  }, [JSON.stringify(settings), changed, attempt]);

  // Functional, so two changes made before the next render both count.
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  return { draft, errors, settings, update, status };
}

/** The line that says whether the form's changes are saved. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p role="status" class="save-status" data-testid="save-status">
      {status.kind === 'pending' ? t('saving') : status.kind === 'saved' ? t('saved_all') : status.kind === 'failed' ? status.message : ''}
    </p>
  );
}
