// The demo page's only script (no inline script: the page runs under a strict CSP).
// `?bundle=iife` loads dist/guide-form.iife.js as a classic script instead of the ESM
// build; `?category=<slug>` picks the form.

/** The 2022 window (2021-10-20 … 2021-11-10) is long closed: judge as of this moment. */
const DEFAULT_NOW = '2021-11-01T10:00';
const OFFSET = '+08:00';

const params = new URLSearchParams(location.search);
const bundleKind = params.get('bundle') === 'iife' ? 'iife' : 'esm';
const dist = new URL('../../packages/elements/dist/', import.meta.url);

const $ = (id) => document.getElementById(id);
const form = /** @type {HTMLElement & Record<string, any>} */ (document.querySelector('guide-form'));
const host = /** @type {HTMLFormElement} */ ($('host'));

/** The element's bundle: the ESM entry, or the IIFE's `GuideForms` global. */
async function loadBundle() {
  if (bundleKind === 'esm') return import(new URL('guide-form.js', dist).href);
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('guide-form.iife.js', dist).href;
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`${script.src} did not load`)));
    document.head.append(script);
  });
  return window.GuideForms;
}

function showBundle() {
  const other = new URL(location.href);
  if (bundleKind === 'esm') other.searchParams.set('bundle', 'iife');
  else other.searchParams.delete('bundle');
  const name =
    bundleKind === 'esm' ? 'dist/guide-form.js（ESM，按表单分块加载）' : 'dist/guide-form.iife.js（单个经典脚本，包含全部七张表）';
  const link = document.createElement('a');
  link.href = other.href;
  link.textContent = bundleKind === 'esm' ? '改用 IIFE 构建 / use the IIFE build' : '改用 ESM 构建 / use the ESM build';
  $('bundle').replaceChildren(`当前构建 Bundle: ${name} · `, link);
}

// --- now -------------------------------------------------------------------------

function setNow(local) {
  const input = /** @type {HTMLInputElement} */ ($('now'));
  if (local === null) {
    input.value = '';
    form.now = undefined;
    $('now-shown').textContent = '正在使用真实的当前时间 / using the real current time';
    return;
  }
  input.value = local;
  form.now = `${local}:00${OFFSET}`;
  $('now-shown').textContent = `评估时间 now = ${form.now}`;
}

$('now').addEventListener('change', (event) => {
  const value = /** @type {HTMLInputElement} */ (event.target).value;
  if (value) setNow(value);
});
$('now-default').addEventListener('click', () => setNow(DEFAULT_NOW));
$('now-real').addEventListener('click', () => setNow(null));

// --- what the host form would submit ------------------------------------------------

function showPreview() {
  const out = {};
  for (const [key, value] of new FormData(host)) {
    if (key !== 'suggestion' || typeof value !== 'string') {
      out[key] = value;
      continue;
    }
    try {
      out[key] = JSON.parse(value);
    } catch {
      out[key] = value;
    }
  }
  if (!('suggestion' in out)) out['(suggestion)'] = '— 结论不是“可以提交”，<guide-form> 不提交任何值 / not ok: no value —';
  $('preview').textContent = JSON.stringify(out, null, 2);
}

function status(text, kind) {
  const el = $('host-status');
  el.textContent = text;
  el.className = kind;
}

host.addEventListener('submit', (event) => {
  // There is no server behind the demo: show what would have been sent.
  event.preventDefault();
  showPreview();
  status('宿主表单已通过校验，可以提交（演示不发送）/ The host form would be submitted (not sent in the demo)', 'ok');
});
host.addEventListener(
  'invalid',
  () => status('<guide-form> 阻止了提交：请先修改标出的问题 / Submission blocked: fix the problems shown', 'blocked'),
  true,
);
form.addEventListener('guide-form-input', () => {
  showPreview();
  status('', '');
});

// --- category, language, example ----------------------------------------------------

async function switchTo(category, value) {
  const select = /** @type {HTMLSelectElement} */ ($('category'));
  select.value = category;
  const url = new URL(location.href);
  url.searchParams.set('category', category);
  history.replaceState(null, '', url);
  if (form.category !== category) {
    // Start the new form empty; its own draft (draft-key "demo"), if any, is restored on load.
    form.value = {};
    form.category = category;
    await form.updateComplete;
  }
  if (value) form.value = value;
  await form.updateComplete;
  showPreview();
  status('', '');
}

$('category').addEventListener('change', (event) => void switchTo(/** @type {HTMLSelectElement} */ (event.target).value));
$('lang').addEventListener('change', (event) => {
  form.lang = /** @type {HTMLSelectElement} */ (event.target).value;
  document.documentElement.lang = form.lang;
});
$('fill').addEventListener('click', async () => {
  const response = await fetch(new URL(`../../forms/${form.category}/examples/eligible.json`, import.meta.url));
  if (!response.ok) return status(`没有 ${form.category} 的示例 / no example for ${form.category}`, 'blocked');
  form.value = await response.json();
  await form.updateComplete;
  showPreview();
});

// After a 附件1–6 form, “填写指南凝练信息表” hands over the pre-filled 附件7 data.
form.addEventListener('guide-form-summary', (event) => void switchTo('summary', event.detail.value));

// --- start -------------------------------------------------------------------------------

setNow(DEFAULT_NOW);
showBundle();
try {
  const { categories } = await loadBundle();
  const select = $('category');
  for (const c of categories) {
    const option = document.createElement('option');
    option.value = c.category;
    option.textContent = `${c.attachment} ${c.title}`;
    select.append(option);
  }
  const wanted = params.get('category');
  await switchTo(categories.some((c) => c.category === wanted) ? wanted : categories[0].category);
} catch (error) {
  $('bundle').textContent =
    `无法加载表单构建：${error.message}。请先运行 npm run build。/ Could not load the bundle: run npm run build first.`;
  throw error;
}
