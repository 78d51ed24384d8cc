// Every page calls `rendered()` once its library says the form is on screen; the render
// timing reads the mark (ms since navigation start) and counts the controls it shows.
// `form-painted` follows in the task after the next frame: the form laid out and painted
// (render-ab.mjs reports it next to `form-rendered`, for every page alike).
export function rendered() {
  performance.mark('form-rendered');
  document.documentElement.dataset.rendered = 'yes';
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('form-painted');
      document.documentElement.dataset.painted = 'yes';
    }),
  );
}

export const mount = () => document.getElementById('app');
