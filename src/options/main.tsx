import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import '../ui/illustration/illustration.css';
import '../ui/kit-picture.css';
import { Options } from './Options';
import { guardDrops } from './drop-guard';
import { localizePage } from '../platform/i18n';

localizePage('page_title_options');
guardDrops(window);
render(<Options />, document.getElementById('app')!);
