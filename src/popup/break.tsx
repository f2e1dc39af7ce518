// The popup during a break: the same page with the break views built in, so the drill is drawn
// with the page rather than after a second script arrives. The worker points the toolbar button
// and the drill window here while a break is on screen.
import './BreakViews';
import './main';
