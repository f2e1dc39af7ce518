import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import '../ui/illustration/illustration.css';
import { Popup } from './Popup';

// Opened as a compact window rather than the toolbar popup: let the layout fill the window.
if (new URLSearchParams(location.search).has('window')) document.documentElement.classList.add('in-window');

render(<Popup />, document.getElementById('app')!);
