// Every page calls `rendered()` once its library says the form is on screen; the render
// timing reads the mark (ms since navigation start) and counts the controls it shows.
export function rendered() {
  performance.mark('form-rendered');
  document.documentElement.dataset.rendered = 'yes';
}

export const mount = () => document.getElementById('app');
