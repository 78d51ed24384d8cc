// The demo page's only script (no inline script: the page runs under a strict CSP).
// `?bundle=iife` loads dist/guide-form.iife.js as a classic script instead of the ESM
// build; `?category=<slug>` picks the form. 确认提交 posts to `guide-forms serve` through the
// same origin (scripts/serve.mjs passes /v1/ on to it), so connect-src 'self' is enough.

/**
 * Past windows are closed, so the page judges as of a moment inside the window of the year
 * the bundle shows by default (its latest finalized year): 2021-11-01 10:00 for 2022 (inside
 * 2021-10-20 … 2021-11-10), else noon of the opening day — the moment `guide-forms test`
 * judges examples at. Until the form has loaded, the 2022 moment.
 */
const REFERENCE_NOW = '2021-11-01T10:00';
let DEFAULT_NOW = REFERENCE_NOW;
const OFFSET = '+08:00';

/** A moment inside `window` ({ opens, closes } as YYYY-MM-DD): the reference one if inside, else noon of the opening day. */
function momentInside(window) {
  const day = REFERENCE_NOW.slice(0, 10);
  return day >= window.opens && day <= window.closes ? REFERENCE_NOW : `${window.opens}T12:00`;
}

/** After the first form loads: follow the year it shows, unless the visitor already chose a time. */
function followYear() {
  const verdict = form.verdict;
  if (!verdict?.window) return;
  const chosen = /** @type {HTMLInputElement} */ ($('now')).value;
  const wasDefault = chosen === DEFAULT_NOW;
  DEFAULT_NOW = momentInside(verdict.window);
  const { opens, closes } = verdict.window;
  $('now-note').replaceChildren(
    `${verdict.year} 年度征集的报送时间为 ${opens} 至 ${closes}（北京时间，含首尾两天）。本页默认把“当前时间”设为 `,
    Object.assign(document.createElement('strong'), { textContent: `${DEFAULT_NOW.replace('T', ' ')}（北京时间）` }),
    '，窗口内；改成窗口外的时间，可以看到“不在报送时间内”的提示。',
    Object.assign(document.createElement('span'), {
      lang: 'en',
      textContent: ` The ${verdict.year} call runs from ${opens} to ${closes} (Beijing time); this page judges the form as of ${DEFAULT_NOW.replace('T', ' ')} Beijing time by default. Pick a time outside the window to see the form refuse it.`,
    }),
  );
  if (wasDefault) setNow(DEFAULT_NOW);
}

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
  // The element hands the host form its value once it has a verdict (while that is not ok, its
  // validity blocks a real submission); before the form has loaded there is none.
  if (!('suggestion' in out)) out['(suggestion)'] = '— 表单尚未载入，<guide-form> 还没有值 / the form has not loaded: no value yet —';
  $('preview').textContent = JSON.stringify(out, null, 2);
}

function status(text, kind) {
  const el = $('host-status');
  // Called on every key (guide-form-input): touch the page only when the status changes.
  if (el.textContent === text && el.className === kind) return;
  el.textContent = text;
  el.className = kind;
}

host.addEventListener('submit', (event) => {
  // The host form's own route is not served here: show its FormData instead of leaving the page.
  event.preventDefault();
  showPreview();
  status('宿主表单已通过校验；本页只显示它的 FormData，不离开页面 / The host form passed: its FormData is shown, the page stays', 'ok');
});
host.addEventListener(
  'invalid',
  () => status('<guide-form> 阻止了提交：请先修改标出的问题 / Submission blocked: fix the problems shown', 'blocked'),
  true,
);
// The preview lives in the closed-by-default workbench: serialising the whole FormData on every
// key while nobody can see it only slowed typing down. It is drawn when the workbench opens.
const workbench = /** @type {HTMLDetailsElement} */ (document.querySelector('details.workbench'));
workbench.addEventListener('toggle', () => workbench.open && showPreview());
form.addEventListener('guide-form-input', () => {
  if (workbench.open) showPreview();
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

// After a 附件1–6 form, “填写指南凝练信息表” hands over the pre-filled 附件7 data; the suggestion
// is remembered so 附件7 is posted with it as the pair the notice asks for.
/** @type {{ category: string, data: unknown } | null} */
let suggestion = null;
// Kept across a reload, as the 附件7 draft is: without it the summary would be posted alone.
const SUGGESTION_KEY = 'guide-forms-demo:suggestion';
try {
  const kept = JSON.parse(localStorage.getItem(SUGGESTION_KEY) ?? 'null');
  if (kept && typeof kept.category === 'string' && typeof kept.data === 'object' && kept.data !== null) suggestion = kept;
} catch {}
form.addEventListener('guide-form-summary', (event) => {
  suggestion = { category: form.category, data: form.value };
  try {
    localStorage.setItem(SUGGESTION_KEY, JSON.stringify(suggestion));
  } catch {}
  void switchTo('summary', event.detail.value);
});

// --- 确认提交: post to guide-forms serve -------------------------------------------------

function outbox(id, text) {
  const pre = $(id);
  /** @type {HTMLElement} */ (pre.parentElement).hidden = text === null;
  pre.textContent = text ?? '';
}

function say(zh, en, kind = '') {
  const el = $('outbox-status');
  el.className = kind;
  el.replaceChildren(`${zh} `, Object.assign(document.createElement('span'), { lang: 'en', textContent: en }));
}

/** Posts a confirmed submission; resolves when the service accepts it (the element then deletes the draft). */
async function post(value) {
  const pair = form.category === 'summary' && suggestion;
  // The service judges as of the page's chosen moment (`now`), as the form did; the real time otherwise.
  const query = new URLSearchParams({ ...(form.now ? { now: form.now } : {}), lang: form.lang === 'en' ? 'en' : 'zh-CN' });
  const path = `${pair ? '/v1/check' : `/v1/check/${form.category}`}?${query}`;
  const body = pair ? { category: suggestion.category, data: suggestion.data, summary: value } : value;
  outbox('outbox', `POST ${path}\ncontent-type: application/json\n\n${JSON.stringify(body, null, 2)}`);
  outbox('answer', null);
  say('正在发送到校验服务…', 'Sending to the checking service…');
  $('outbox').scrollIntoView({ block: 'nearest' });
  let response;
  try {
    response = await fetch(new URL(path, location.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    say(
      '无法连接校验服务；上面是将要发送的内容，草稿仍保留。',
      'Could not reach the checking service; the request is shown above and the draft is kept.',
      'blocked',
    );
    throw new Error('无法连接校验服务');
  }
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {}
  outbox('answer', `HTTP ${response.status}\n\n${json ? JSON.stringify(json, null, 2) : text}`);
  if (json?.error === 'api-unreachable') {
    say(
      '校验服务没有运行：在仓库根目录运行 npx guide-forms serve 后再提交。上面是将要发送的内容，草稿仍保留。',
      'The checking service is not running: start npx guide-forms serve and submit again. The request is shown above; the draft is kept.',
      'blocked',
    );
    throw new Error('校验服务没有运行');
  }
  if (!response.ok || json?.ok === false) {
    say(
      '校验服务没有接受这份提交，见下方答复；草稿仍保留。',
      'The checking service did not accept it (see its answer); the draft is kept.',
      'blocked',
    );
    throw new Error(
      json?.ok === false
        ? '校验服务判定这份提交未通过，原因见页面下方的答复'
        : `校验服务拒绝了请求（HTTP ${response.status}${json?.error?.message ? `：${json.error.message}` : ''}）`,
    );
  }
  if (pair) {
    suggestion = null;
    try {
      localStorage.removeItem(SUGGESTION_KEY);
    } catch {}
  }
  say('校验服务已接受，草稿已删除。', 'Accepted by the checking service; the draft was deleted.', 'ok');
  return json;
}

form.addEventListener('guide-form-submit', (event) => event.detail.waitUntil(post(event.detail.value)));

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
  followYear();
} catch (error) {
  $('bundle').textContent =
    `无法加载表单构建：${error.message}。请先运行 npm run build。/ Could not load the bundle: run npm run build first.`;
  say(`无法加载表单：${error.message}。请先运行 npm run build。`, 'Could not load the form: run npm run build first.', 'blocked');
  throw error;
}
