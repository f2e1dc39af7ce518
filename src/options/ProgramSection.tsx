import { t } from '../platform/i18n';
import { ProgramExport } from './ProgramExport';
import { ProgramImport } from './ProgramImport';

/**
 * Program files, in the data section: a physiotherapist's drills handed on as a file (issue 24).
 * A part of its own, apart from the export of everything, which moves the user's own data.
 */
export function ProgramSection() {
  return (
    <div role="group" aria-labelledby="program-title">
      <h3 id="program-title">{t('prog_title')}</h3>
      <p class="hint">{t('prog_intro')}</p>
      <ProgramExport />
      <ProgramImport />
    </div>
  );
}
