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
// is still being set up; the page renders once all have answered, so it is drawn whole, not in
// pieces as each read comes back (each piece a redraw of the whole page, with a layout of its
// 1,570 elements between them).
const stores = [settingsStore(), policyStore(), levelsStore(), stateStore(), historyStore(), drillsStore(), checkInsStore()];
const reads = startFirstReads();

localizePage('page_title_options');
guardDrops(window);
const show = () =>
  render(
    <FirstReadsContext.Provider value={reads}>
      <Options />
    </FirstReadsContext.Provider>,
    document.getElementById('app')!,
  );
// A read that fails draws its part as still loading rather than leave the page blank.
void Promise.all([...stores, ...Object.values(reads)].map((s) => s.ready)).then(show, show);
