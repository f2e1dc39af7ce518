import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import '../ui/illustration/illustration.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
