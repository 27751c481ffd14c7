// Menus: versions (who and when, which is active), the menu as a tree, a node's keys and prompts edited into a
// draft saved as a new version, validation pointing at the node, TwiML preview per node and language, compare,
// publish and roll back. Every change goes through the menus API, which audits it.
import { startConsole } from '../../shared/console-shell.js';
import { renderTable } from '../shared/table.js';
import { api } from '../../shared/api.js';
import { applyLabels, currentLanguage, t } from '../../shared/i18n.js';
import './labels.js';
import { renderTree } from './tree.js';
import { $ } from '../../shared/dom.js';

const page = { versions: [], version: null, menu: null, node: null, dirty: false, languages: [] };

function say(text, isError = false) {
  $('message').textContent = isError ? text : '';
  $('status').textContent = isError ? '' : text;
}

const when = (at) => (at ? new Date(at).toLocaleString(currentLanguage() === 'ko' ? 'ko-KR' : 'en-US', { timeZone: 'Asia/Seoul' }) : '—');

async function loadVersions() {
  page.versions = await api('GET', '/api/ivr/menus');
  renderVersions();
  for (const select of [$('compare-from'), $('compare-to')]) {
    const chosen = select.value;
    select.replaceChildren(...page.versions.map((version) => new Option(String(version.version), String(version.version))));
    if (chosen) select.value = chosen;
  }
}

function renderVersions() {
  const table = $('versions');
  renderTable(table, {
    caption: t('menus.versions'),
    columns: ['version', 'note', 'created', 'published', 'active', 'actions'].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: page.versions.map((version) => ({
      key: String(version.version),
      cells: [String(version.version), version.note ?? '', `${version.createdBy} ${when(version.createdAt)}`,
        version.publishedAt ? `${version.publishedBy} ${when(version.publishedAt)}` : '—', version.active ? t('menus.active') : '', ''],
    })),
  });
  for (const version of page.versions) {
    const cell = table.querySelector(`tr[data-row="${version.version}"] td[data-column="actions"]`);
    const open = button(t('menus.open', { version: version.version }), () => openVersion(version.version));
    open.dataset.open = version.version;
    cell.append(open);
    if (version.publishedAt && !version.active) {
      const back = button(t('menus.rollback', { version: version.version }), () => rollback(version.version));
      back.dataset.rollback = version.version;
      cell.append(' ', back);
    }
  }
}

function button(text, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

async function openVersion(version) {
  page.menu = await api('GET', `/api/ivr/menus/${version}`);
  page.version = version;
  page.dirty = false;
  $('editing-version').textContent = `v${version}`;
  $('preview-node').replaceChildren(...page.menu.nodes.map((node) => new Option(node.id, node.id)));
  $('validation').replaceChildren();
  selectNode(page.menu.startNode);
}

function selectNode(id) {
  page.node = id;
  renderTree($('tree'), page.menu, id, selectNode);
  const node = page.menu.nodes.find((candidate) => candidate.id === id);
  $('node-id').textContent = id;
  $('node-prompts').value = (node?.prompts ?? []).join('\n');
  $('node-default').value = node?.defaultAction ?? '';
  $('node-timeout').value = node?.timeoutSeconds ?? 5;
  $('node-retries').value = node?.maxRetries ?? 2;
  $('node-options').replaceChildren();
  for (const [key, action] of Object.entries(node?.options ?? {})) addOptionRow(key, action);
  $('preview-node').value = id;
}

let optionRows = 0;

function addOptionRow(key = '', action = '') {
  const row = document.createElement('div');
  row.className = 'option-row';
  row.dataset.key = key;
  const n = ++optionRows;
  const keyInput = field(row, `option-key-${n}`, t('menus.key'), key, 'option-key');
  keyInput.size = 3;
  field(row, `option-action-${n}`, t('menus.action'), action, 'option-action');
  const remove = button('✕', () => row.remove());
  remove.setAttribute('aria-label', t('menus.remove-option', { key }));
  row.append(remove);
  $('node-options').append(row);
  return row;
}

function field(row, id, text, value, className) {
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = text;
  const input = document.createElement('input');
  input.id = id;
  input.className = className;
  input.value = value;
  input.spellcheck = false;
  row.append(label, input);
  return input;
}

function applyNode(event) {
  event.preventDefault();
  const options = {};
  for (const row of $('node-options').querySelectorAll('.option-row')) {
    const key = row.querySelector('.option-key').value.trim();
    if (key) options[key] = row.querySelector('.option-action').value.trim();
  }
  page.menu = {
    ...page.menu,
    nodes: page.menu.nodes.map((node) => (node.id !== page.node ? node : {
      ...node,
      prompts: $('node-prompts').value.split('\n').map((line) => line.trim()).filter(Boolean),
      options,
      defaultAction: $('node-default').value.trim(),
      timeoutSeconds: Number($('node-timeout').value),
      maxRetries: Number($('node-retries').value),
    })),
  };
  page.dirty = true;
  renderTree($('tree'), page.menu, page.node, selectNode);
  say(t('menus.applied', { node: page.node }));
}

// Each error names its node; the error is a button that opens that node.
function showErrors(errors) {
  const list = $('validation');
  list.dataset.count = String(errors.length);
  if (!errors.length) {
    const item = document.createElement('li');
    item.textContent = t('menus.valid');
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(...errors.map((error) => {
    const item = document.createElement('li');
    item.className = 'validation-error';
    item.dataset.node = error.node;
    item.append(button(error.node, () => selectNode(error.node)), ` ${error.message}`);
    return item;
  }));
}

async function validate() {
  showErrors(await api('POST', '/api/ivr/menus/validate', page.menu));
}

async function saveDraft(event) {
  event.preventDefault();
  const saved = await api('POST', '/api/ivr/menus', { definition: page.menu, note: $('draft-note').value || null });
  showErrors(saved.errors);
  await loadVersions();
  await openVersion(saved.version.version);
  say(t('menus.saved', { version: saved.version.version }));
}

async function publish() {
  if (page.dirty) {
    say(t('menus.unsaved'), true);
    return;
  }
  await api('POST', `/api/ivr/menus/${page.version}/publish`);
  await loadVersions();
  say(t('menus.published', { version: page.version }));
}

async function rollback(version) {
  await api('POST', `/api/ivr/menus/${version}/rollback`);
  await loadVersions();
  say(t('menus.rolled-back', { version }));
}

async function preview(event) {
  event.preventDefault();
  const query = new URLSearchParams({ node: $('preview-node').value });
  if ($('preview-language').value) query.set('language', $('preview-language').value);
  const response = await fetch(`/api/ivr/menus/${page.version}/preview?${query}`, { credentials: 'same-origin' });
  const text = await response.text();
  if (!response.ok) throw new Error(text || `HTTP ${response.status}`);
  $('preview-twiml').textContent = text;
  // Recorded prompts are <Play> URLs: each gets a player.
  const urls = [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('Play')].map((play) => play.textContent.trim());
  $('preview-audio').replaceChildren(...urls.map((url) => {
    const audio = document.createElement('audio');
    audio.controls = true;
    audio.preload = 'none';
    audio.src = url;
    audio.setAttribute('aria-label', t('menus.play', { url }));
    return audio;
  }));
}

async function compare(event) {
  event.preventDefault();
  const differences = await api('GET', `/api/ivr/menus/${$('compare-from').value}/compare/${$('compare-to').value}`);
  const show = (value) => (value === null || value === undefined ? '—' : JSON.stringify(value));
  renderTable($('differences'), {
    caption: differences.length ? t('menus.compare') : t('menus.no-differences'),
    columns: ['path', 'change', 'before', 'after'].map((key) => ({ key, label: t(`column.${key}`) })),
    rows: differences.map((difference) => ({ key: difference.path, cells: [difference.path, difference.change, show(difference.before), show(difference.after)] })),
  });
}

// Runs a handler; an API error is shown on the page instead of being lost.
const guarded = (handler) => async (event) => {
  try {
    await handler(event);
  } catch (error) {
    event?.preventDefault?.();
    say(error.message, true);
  }
};

$('node-form').addEventListener('submit', guarded(applyNode));
$('add-option').addEventListener('click', () => addOptionRow().querySelector('input').focus());
$('validate').addEventListener('click', guarded(validate));
$('draft-form').addEventListener('submit', guarded(saveDraft));
$('publish').addEventListener('click', guarded(publish));
$('preview-form').addEventListener('submit', guarded(preview));
$('compare-form').addEventListener('submit', guarded(compare));

try {
  await startConsole({ current: 'menus', onLanguage: () => {
    renderVersions();
    if (page.menu) renderTree($('tree'), page.menu, page.node, selectNode);
  } });
  page.languages = await api('GET', '/api/ivr/languages');
  const greeting = new Option(t('menus.greeting-languages'), '');
  greeting.dataset.i18n = 'menus.greeting-languages';
  $('preview-language').replaceChildren(greeting, ...page.languages.map((language) => new Option(`${language.code} — ${language.nativeName}`, language.code)));
  applyLabels();
  await loadVersions();
  await openVersion((page.versions.find((version) => version.active) ?? page.versions[0]).version);
  document.body.dataset.ready = 'true';
} catch (error) {
  say(error.message, true);
}
