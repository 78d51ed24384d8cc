// guide-forms: the production ESM build (dist/guide-form.js, which lazy-loads the key-rd
// chunk) and one <guide-form>; the form is on screen when `updateComplete` resolves. The page's
// HTML names the entry too, as docs/embedding.md embeds it (lib/guide-forms-page.mjs); this
// file is bundled with mark.js, the entry left external.
import './dist/guide-form.js';
import { mount, rendered } from './mark.js';

const el = document.createElement('guide-form');
el.setAttribute('category', 'key-rd');
el.setAttribute('year', '2022');
el.now = '2021-11-01T10:00:00+08:00';
mount().append(el);
await el.updateComplete;
rendered();
