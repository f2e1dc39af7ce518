import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import '../ui/illustration/illustration.css';
import { findDrill } from '../core/catalog';
import { ROUTINE_KINDS, type RoutineKind } from '../core/routines';
import { useSettings } from '../ui/hooks';
import { Popup } from './Popup';
import { PreviewView } from './PreviewView';
import { RoutineView } from './RoutineView';

const params = new URLSearchParams(location.search);
// Opened as a compact window or a tab rather than the toolbar popup: let the layout fill it.
if (params.has('window')) document.documentElement.classList.add('in-window');

const routine = ROUTINE_KINDS.find((k) => k === params.get('routine')) as RoutineKind | undefined;
const preview = findDrill(params.get('preview') ?? '');

function Page() {
  const settings = useSettings();
  if (!routine && !preview) return <Popup />;
  if (!settings) return <main class="popup" aria-busy="true" />;
  return <main class="popup">{routine ? <RoutineView kind={routine} settings={settings} /> : <PreviewView drill={preview!} settings={settings} />}</main>;
}

render(<Page />, document.getElementById('app')!);
