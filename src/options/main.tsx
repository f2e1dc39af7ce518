import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
