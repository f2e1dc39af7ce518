import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../platform/i18n';

// The two questions the data section asks before it replaces or removes anything.

export function ImportPreview({ fileName, lines, busy, onConfirm, onCancel }: { fileName: string; lines: string[]; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" tabIndex={-1} ref={heading}>
        {t('data_preview_title', [fileName])}
      </h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {t('data_replace')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('data_cancel')}
        </button>
      </div>
    </div>
  );
}

interface ConfirmProps {
  question: string;
  action: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Choices that go with the answer, between the question and the buttons. */
  children?: ComponentChildren;
}

/** An inline yes/no in place of the button that asked; focus moves to the safe answer. */
export function Confirm({ question, action, busy, onConfirm, onCancel, children }: ConfirmProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-label={question}>
      <p>{question}</p>
      {children}
      <div class="actions">
        <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
          {action}
        </button>
        <button type="button" ref={cancel} disabled={busy} onClick={onCancel}>
          {t('data_cancel')}
        </button>
      </div>
    </div>
  );
}
