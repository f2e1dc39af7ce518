import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import '../ui/illustration/illustration.css';
import '../ui/kit-picture.css';
import { checkInsStore } from '../ui/checkin-store';
import { drillsStore } from '../ui/drills';
import { policyStore, settingsStore, stateStore } from '../ui/hooks';
import { historyStore } from '../ui/history-store';
import { levelsStore } from '../ui/use-levels';
import { FirstReadsContext, startFirstReads } from './first-reads';
import { Options } from './Options';
import { guardDrops } from './drop-guard';
import { localizePage } from '../platform/i18n';

// Every storage read the page draws from goes out first, side by side, while the rest of the page
// is still being set up. The page renders at once, and draws each part as its read answers: drawn
// only when all had answered, the settings form came up where a settings write could land before
// its effects ran, and in a hidden tab (timers slowed to a second) its autosave then wrote the
// form's older values over that write (issue 27's note).
[settingsStore, policyStore, levelsStore, stateStore, historyStore, drillsStore, checkInsStore].forEach((start) => start());
const reads = startFirstReads();

localizePage('page_title_options');
guardDrops(window);
render(
  <FirstReadsContext.Provider value={reads}>
    <Options />
  </FirstReadsContext.Provider>,
  document.getElementById('app')!,
);
