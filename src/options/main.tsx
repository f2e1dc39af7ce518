import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import '../ui/illustration/illustration.css';
import '../ui/kit-picture.css';
import { Options } from './Options';
import { localizePage } from '../platform/i18n';

localizePage('page_title_options');
render(<Options />, document.getElementById('app')!);
