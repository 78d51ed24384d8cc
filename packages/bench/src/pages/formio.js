// Form.io: `Formio.createForm` from @formio/js/form (the renderer without the builder) with
// the converted form JSON and the renderer's stylesheet. Form.io's templates also expect
// Bootstrap's CSS, which this page does not load (see RESULTS.md).
import '@formio/js/dist/formio.form.min.css';
import { Formio } from '@formio/js/form';
import form from '../../build/input/formio.json';
import { mount, rendered } from './mark.js';

Formio.createForm(mount(), form).then(() => rendered());
