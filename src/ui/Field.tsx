import type { ComponentChildren } from 'preact';
import type { Msg } from '../core/i18n';
import { t, tm } from '../platform/i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: Msg | undefined;
  /** Set and locked by the organisation: said beside the control (`${id}-locked`). */
  locked?: boolean;
  children: ComponentChildren;
}

/** A labelled control with its hint and, when the value cannot be saved, the reason beside it. */
export function Field({ id, label, hint, error, locked, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {locked ? (
        <p class="hint locked" id={`${id}-locked`}>
          {t('locked_by_policy')}
        </p>
      ) : null}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`} role="alert">
          {tm(error)}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes linking a control to its hint, the note that it is locked, and its error. */
export function described(id: string, hint: boolean, error: Msg | undefined, locked = false) {
  const ids = [hint ? `${id}-hint` : '', locked ? `${id}-locked` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}
