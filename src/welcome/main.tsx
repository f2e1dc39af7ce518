import { render } from 'preact';
import '../ui/base.css';
import '../options/options.css';
import '../ui/kit-picture.css';
import './welcome.css';
import { localizePage } from '../platform/i18n';
import { policyStore, settingsStore, stateStore } from '../ui/hooks';
import { loadWelcome } from '../platform/welcome';
import { Welcome } from './Welcome';

// The storage reads go out before the page renders; it renders once, with them.
const settings = settingsStore();
const policy = policyStore();
stateStore();
localizePage('page_title_welcome');
void Promise.all([settings.ready, loadWelcome(), policy.ready]).then(([, progress]) => render(<Welcome progress={progress} />, document.getElementById('app')!));
