import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import '../ui/illustration/illustration.css';
import type { RoutineKind } from '../core/routines';
import { localizePage } from '../platform/i18n';
import { useSettings } from '../ui/hooks';
import { Popup, useBreakViews } from './Popup';

localizePage('page_title_popup');

const params = new URLSearchParams(location.search);
// Opened as a compact window or a tab rather than the toolbar popup: let the layout fill it.
if (params.has('window')) document.documentElement.classList.add('in-window');

// Spelled out rather than imported, so the popup does not load the routines module to read its URL.
const asked = params.get('routine');
const routine: RoutineKind | undefined = asked === 'morning' || asked === 'evening' ? asked : undefined;
const preview = params.get('preview');

function Page() {
  const settings = useSettings();
  const views = useBreakViews(Boolean(routine || preview));
  if (!routine && !preview) return <Popup />;
  if (!settings || !views) return <main class="popup" aria-busy="true" />;
  const { RoutineView, PreviewView, findDrill } = views;
  if (routine) return <main class="popup"><RoutineView kind={routine} settings={settings} /></main>;
  const drill = findDrill(preview!);
  return drill ? <main class="popup"><PreviewView drill={drill} settings={settings} /></main> : <Popup />;
}

render(<Page />, document.getElementById('app')!);
