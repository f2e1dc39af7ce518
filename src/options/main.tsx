import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import '../ui/illustration/illustration.css';
import '../ui/kit-picture.css';
import { Options } from './Options';
import { localizePage } from '../platform/i18n';

localizePage('page_title_options');
// A file dropped beside its target (an own drill's card, the form, a file field) would open in
// place of the settings page, and an unsaved form with it.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (e) => {
    const fileField = e.target instanceof HTMLInputElement && e.target.type === 'file';
    if (!fileField && e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
}

render(<Options />, document.getElementById('app')!);
