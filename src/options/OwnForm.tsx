import { useEffect, useRef, useState } from 'preact/hooks';
import { msg, type Msg } from '../core/i18n';
import type { OwnDrill } from '../core/own-drill';
import { newOwnId } from '../core/own-world';
import { t, tm } from '../platform/i18n';
import { readPictureFile } from '../ui/picture-file';
import { checkForm, NEW_VALUES, valuesOf, type OwnValues } from './own-form';
import { usePictureSpace } from './own-picture';
import { Portal } from './own-portal';
import { storeDrill } from './own-store';
import { OwnDoseFields } from './OwnDoseFields';
import { OwnKindFields, OwnRoutinesField } from './OwnKindFields';
import { OwnPictureField } from './OwnPictureField';
import { OwnWordsFields } from './OwnWordsFields';

// Writing or editing a drill, in a modal dialog: apart from the settings form (a form may not hold
// another), the rest of the page inert while it is open, Escape or Cancel closing it.

export interface Editing {
  drill: OwnDrill;
  picture: string | null;
}

interface Props {
  /** The drill to edit, or null to write a new one. */
  editing: Editing | null;
  /** Closed without saving (Cancel, Escape). */
  close: () => void;
  saved: (drill: OwnDrill) => void;
}

/** The first control a message is about, in the order the form shows them. */
const FIRST_WRONG = '[aria-invalid="true"], fieldset[data-invalid] input, fieldset[data-invalid] select';

export function OwnForm({ editing, close, saved }: Props) {
  const [id] = useState(() => editing?.drill.id ?? newOwnId(Math.random));
  const [values, setValues] = useState<OwnValues>(() => (editing ? valuesOf(editing.drill) : NEW_VALUES));
  const [picture, setPicture] = useState<string | null>(editing?.picture ?? null);
  const [pictureProblem, setPictureProblem] = useState<Msg | null>(null);
  const [busy, setBusy] = useState(false);
  // Messages beside the fields once the user tried to save; kept current as they fix them.
  const [checked, setChecked] = useState(false);
  const [saveProblem, setSaveProblem] = useState<Msg | null>(null);
  const [attempt, setAttempt] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const reading = useRef<Promise<void>>(Promise.resolve());
  const saving = useRef(false);
  const space = usePictureSpace(picture);

  const set = (patch: Partial<OwnValues>) => setValues((v) => ({ ...v, ...patch }));
  const errors = checked ? (() => { const r = checkForm(id, values); return r.ok ? {} : r.errors; })() : {};

  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    document.getElementById('own-name')?.focus();
    return () => d.open && d.close();
  }, []);
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>(FIRST_WRONG)?.focus();
  }, [attempt]);

  const choose = (file: File) => {
    // No room for one more: said now, before the user waits for it to be read. A drill that has a picture replaces it.
    if (space && space.left === 0 && !editing?.picture) {
      setPictureProblem(msg('own_picture_limit'));
      return;
    }
    setBusy(true);
    reading.current = readPictureFile(file).then((read) => {
      setBusy(false);
      if (read.ok) setPicture(read.url);
      setPictureProblem(read.ok ? null : read.problem);
    });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    if (saving.current) return;
    saving.current = true;
    try {
      await submit();
    } finally {
      saving.current = false;
    }
  };
  const submit = async () => {
    await reading.current;
    setChecked(true);
    setSaveProblem(null);
    const result = checkForm(id, values);
    if (!result.ok) {
      setAttempt((n) => n + 1);
      return;
    }
    const outcome = await storeDrill(result.drill, picture, editing?.picture ?? null);
    if (outcome.ok) saved(result.drill);
    else setSaveProblem(outcome.problem);
  };
  const drop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    choose(file);
  };

  return (
    <Portal>
      <dialog ref={dialog} class="own-dialog" aria-labelledby="own-form-title"
        onCancel={(e) => { e.preventDefault(); close(); }}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); close(); } }}>
        <form ref={form} data-testid="own-form" noValidate onSubmit={(e) => void save(e)} onDragOver={(e) => e.preventDefault()} onDrop={drop}>
          <h2 id="own-form-title">{editing ? t('own_edit_title', [editing.drill.name]) : t('own_add')}</h2>
          <OwnWordsFields values={values} errors={errors} set={set} />
          <OwnKindFields values={values} errors={errors} set={set} />
          <OwnDoseFields values={values} errors={errors} set={set} />
          <OwnRoutinesField values={values} errors={errors} set={set} />
          <OwnPictureField values={values} errors={errors} set={set} picture={picture} problem={pictureProblem} busy={busy} space={space?.words ?? null}
            choose={choose} remove={() => { setPicture(null); setPictureProblem(null); }} />
          {saveProblem ? <p class="error" role="alert" data-testid="own-save-problem">{tm(saveProblem)}</p> : null}
          <div class="actions">
            <button type="submit" class="primary" data-testid="own-save">{t('own_save')}</button>
            <button type="button" data-testid="own-cancel" onClick={close}>{t('own_cancel')}</button>
          </div>
        </form>
      </dialog>
    </Portal>
  );
}
