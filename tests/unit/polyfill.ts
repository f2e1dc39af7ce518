// Unit tests resolve 'webextension-polyfill' here: the real module refuses to load outside an
// extension, and the code under test gets the in-memory fake browser instead.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
