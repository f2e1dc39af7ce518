import { render } from 'preact';
import '../ui/base.css';
import '../options/options.css';
import '../ui/kit-picture.css';
import './welcome.css';
import { localizePage } from '../platform/i18n';
import { drillsStore } from '../ui/drills';
import { policyStore, settingsStore, stateStore } from '../ui/hooks';
import { loadWelcome } from '../platform/welcome';
import { Welcome } from './Welcome';

// The storage reads go out before the page renders; it renders once, with all of them: the next
// breaks (the state) and the drills (what the form counts as switched on) included, which
// otherwise arrive a moment later and draw the page a second time.
const settings = settingsStore();
const policy = policyStore();
const state = stateStore();
const drills = drillsStore();
localizePage('page_title_welcome');
void Promise.all([settings.ready, loadWelcome(), policy.ready, state.ready, drills.ready]).then(([, progress]) => render(<Welcome progress={progress} />, document.getElementById('app')!));
