import type { ComponentChildren } from 'preact';
import type { Msg } from '../core/i18n';
import { tm } from '../platform/i18n';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: Msg | undefined;
  children: ComponentChildren;
}

/** A labelled control with its hint and, when the value cannot be saved, the reason beside it. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
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

/** aria attributes linking a control to its hint and error. */
export function described(id: string, hint: boolean, error: Msg | undefined) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}
