import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import '../ui/illustration/illustration.css';
import type { RoutineKind } from '../core/routines';
import { visibleBreak } from '../core/state';
import { localizePage } from '../platform/i18n';
import { recentHistoryStore, settingsStore, stateStore, useSettings } from '../ui/hooks';
import { lazy } from '../ui/lazy';
import { Popup, useBreakViews } from './Popup';

// The storage reads go out first, while the rest of the page is still being set up.
const state = stateStore();
const settings = settingsStore();
const history = recentHistoryStore();

const params = new URLSearchParams(location.search);
// Spelled out rather than imported, so the popup does not load the routines module to read its URL.
const asked = params.get('routine');
const routine: RoutineKind | undefined = asked === 'morning' || asked === 'evening' ? asked : undefined;
const preview = params.get('preview');
// A posture reset, opened by a click on its notification: its view is loaded only then, and it
// says whether the kind asked for is one (an unknown one gets the popup's usual view).
const posture = routine || preview ? null : params.get('posture');
const usePostureView = lazy(() => import('./PostureView'));
const postureView = posture === null ? null : usePostureView.load();

// A routine, a preview or a break on screen needs the break views: ask for them as soon as that is
// known. The break page (break.html, where the worker sends a break) has them built in; elsewhere
// they load alongside the storage reads, or once the state says a break is on screen.
const wanted = routine || preview || location.pathname.endsWith('/break.html');
const views = wanted ? useBreakViews.load() : state.ready.then((s) => (visibleBreak(s, Date.now()) ? useBreakViews.load() : null));

localizePage('page_title_popup');
// Opened as a compact window or a tab rather than the toolbar popup: let the layout fill it.
if (params.has('window')) document.documentElement.classList.add('in-window');

function Page() {
  const current = useSettings();
  const loaded = useBreakViews(Boolean(routine || preview));
  const reset = usePostureView(posture !== null);
  if (posture !== null) {
    if (!current || !reset) return <main class="popup" aria-busy="true" />;
    if (reset.isPostureKind(posture)) return <main class="popup"><reset.PostureView kind={posture} settings={current} /></main>;
  }
  if (!routine && !preview) return <Popup />;
  if (!current || !loaded) return <main class="popup" aria-busy="true" />;
  const { RoutineView, PreviewView, WithDrills, findIn } = loaded;
  // The user's own drills among them: one chosen for the routine, or the one previewed.
  return (
    <WithDrills>
      {(world) => {
        if (routine) return <main class="popup"><RoutineView kind={routine} settings={current} world={world} /></main>;
        const drill = findIn(world, preview!);
        return drill ? <main class="popup"><PreviewView drill={drill} settings={current} /></main> : <Popup />;
      }}
    </WithDrills>
  );
}

// Rendered once what the first screen shows has arrived (today's counts too, from the small record
// of the recent days), so it is drawn once, with its content: a value that came a moment later would
// be drawn a frame later, after the effects that subscribe to it.
const show = () => render(<Page />, document.getElementById('app')!);
// With the break views come every drill there is, the drawings and the levels; a posture reset
// shows none of them, and waits for its own view instead.
const content = postureView ?? views.then((v) => v?.drillReady());
void Promise.all([state.ready, settings.ready, history.ready, content]).then(show, show);
