import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import type { OwnId } from '../core/catalog/ids';
import type { OwnDrill } from '../core/own-drill';
import { t, tm } from '../platform/i18n';
import { savePicture } from '../platform/pictures';
import { readPictureFile } from '../ui/picture-file';
import { copyName } from './own-form';
import { deleteDrill, duplicateDrill, loadOwn, pictureRefusal, restoreDrill } from './own-store';
import type { OwnActions } from './OwnCard';
import { OwnForm, type Editing } from './OwnForm';

// The user's own drills in the library: the button that adds one, the form, and one line that
// says what was done (with an Undo after a delete). Focus goes back where the user was.

/** A deleted drill with its picture, and its record as it was stored, to put back. */
type Gone = Editing & { stored?: unknown };

interface Status {
  text: string;
  /** A deleted drill and its picture, to store again. */
  undo?: Gone;
}

/** Focuses what the selector set in the ref finds, once it is drawn: a card appears only after storage tells the page. */
function useFocusWhenDrawn(): MutableRef<string | null> {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const element = pending.current ? document.querySelector<HTMLElement>(pending.current) : null;
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return pending;
}

export function useOwnLibrary() {
  const [form, setForm] = useState<{ editing: Editing | null; opener: HTMLElement | null } | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const focusNext = useFocusWhenDrawn();
  const addButton = useRef<HTMLButtonElement>(null);
  const say = (text: string, undo?: Gone) => setStatus(undo ? { text, undo } : { text });

  const closeForm = () => {
    const opener = form?.opener;
    setForm(null);
    // The button that opened the form; an Edit button gone meanwhile (deleted in another tab): Add.
    setTimeout(() => (opener?.isConnected ? opener : addButton.current)?.focus(), 0);
  };
  const saved = (drill: OwnDrill) => {
    say(t('own_saved', [drill.name]));
    closeForm();
  };

  const actions: OwnActions = {
    edit: (id, opener) => {
      void loadOwn(id).then((found) => (found ? setForm({ editing: found, opener }) : say(t('own_gone'))));
    },
    duplicate: (id) => {
      void (async () => {
        const found = await loadOwn(id);
        if (!found) return say(t('own_gone'));
        const name = copyName(found.drill.name, t);
        const copied = await duplicateDrill(found, name, Math.random);
        if (!copied.ok) return say(tm(copied.problem));
        say(copied.problem ? t('own_duplicated_no_picture', [name, tm(copied.problem)]) : t('own_duplicated', [name]));
      })();
    },
    remove: (id) => {
      void (async () => {
        const found = await loadOwn(id);
        if (!found) return say(t('own_gone'));
        const outcome = await deleteDrill(id as OwnId);
        if (!outcome.ok) return say(tm(outcome.problem));
        say(t('own_deleted', [found.drill.name]), { ...found, stored: outcome.stored });
        // The Delete button is gone with its card: the Undo beside the message takes the focus.
        focusNext.current = '[data-testid="own-undo"]';
      })();
    },
    dropPicture: (id, name, file) => {
      void (async () => {
        const read = await readPictureFile(file);
        if (!read.ok) return say(t('own_card_picture_problem', [name, tm(read.problem)]));
        try {
          await savePicture(id as OwnId, read.url);
          say(t('own_card_picture_set', [name]));
        } catch (error) {
          say(t('own_card_picture_problem', [name, tm(pictureRefusal(error))]));
        }
      })();
    },
  };

  const undo = async (gone: Gone) => {
    const outcome = await restoreDrill(gone.drill, gone.picture, gone.stored);
    if (!outcome.ok) return say(tm(outcome.problem), gone);
    say(t('own_restored', [gone.drill.name]));
    focusNext.current = `li.card[data-drill="${gone.drill.id}"] [data-action="edit"]`;
  };

  const panel = (
    <div class="own-library">
      <p class="hint" id="own-intro">{t('own_intro')}</p>
      <button type="button" ref={addButton} data-testid="own-add" aria-describedby="own-intro" onClick={(e) => setForm({ editing: null, opener: e.currentTarget })}>
        {t('own_add')}
      </button>
      <p class="own-status" role="status" data-testid="own-status">
        {status?.text ?? ''}
        {status?.undo ? (
          <>
            {' '}
            <button type="button" class="small" data-testid="own-undo" aria-label={t('own_undo_label', [status.undo.drill.name])} onClick={() => void undo(status.undo!)}>
              {t('own_undo')}
            </button>
          </>
        ) : null}
      </p>
      {form ? <OwnForm editing={form.editing} close={closeForm} saved={saved} /> : null}
    </div>
  );
  return { panel, actions };
}
