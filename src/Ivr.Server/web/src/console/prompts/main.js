// Prompts: the coverage matrix (prompt × language: recorded, synthesized, TTS only, missing). A cell is a button:
// it selects the cell, plays its audio if it has any, and is the target of a recording upload (WAV, MP3 or Ogg, checked here
// and again by the server).
import { startConsole } from '../../shared/console-shell.js';
import { api, REQUEST_HEADER } from '../../shared/api.js';
import { t } from '../../shared/i18n.js';
import './labels.js';
import { $ } from '../../shared/dom.js';

const page = { cells: [], selected: null };

function say(text, isError = false) {
  $('message').textContent = isError ? text : '';
  $('status').textContent = isError ? '' : text;
}

async function load() {
  page.cells = await api('GET', '/api/ivr/prompts/matrix');
  renderMatrix();
  if (page.selected) select(page.cells.find((cell) => cell.key === page.selected.key && cell.language === page.selected.language), false);
}

function renderMatrix() {
  const languages = [...new Set(page.cells.map((cell) => cell.language))];
  const keys = [...new Set(page.cells.map((cell) => cell.key))];
  const byCell = new Map(page.cells.map((cell) => [`${cell.key}|${cell.language}`, cell]));
  const caption = document.createElement('caption');
  caption.textContent = t('prompts.matrix');
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const text of [t('prompts.key'), ...languages]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const key of keys) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = key;
    row.append(th);
    for (const language of languages) {
      const cell = byCell.get(`${key}|${language}`);
      const td = row.insertCell();
      td.dataset.key = key;
      td.dataset.language = language;
      td.dataset.source = cell.source;
      td.className = `source-${cell.source}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cell';
      button.textContent = t(`source.${cell.source}`);
      button.setAttribute('aria-label', t('prompts.cell-label', { key, language, source: t(`source.${cell.source}`) }));
      if (page.selected?.key === key && page.selected?.language === language) button.setAttribute('aria-pressed', 'true');
      button.addEventListener('click', () => select(cell, true));
      td.append(button);
    }
  }
  $('matrix').replaceChildren(caption, head, body);
}

function select(cell, play) {
  page.selected = cell;
  for (const pressed of document.querySelectorAll('#matrix button[aria-pressed]')) pressed.removeAttribute('aria-pressed');
  document.querySelector(`#matrix td[data-key="${cell.key}"][data-language="${cell.language}"] button`)?.setAttribute('aria-pressed', 'true');
  $('cell-name').textContent = `${cell.key} (${cell.language})`;
  $('cell-source').textContent = t(`source.${cell.source}`);
  $('cell-source').dataset.source = cell.source;
  $('cell-text').textContent = cell.text ?? '—';
  $('cell-text').lang = cell.text ? cell.language : '';
  $('upload').disabled = false;
  const player = $('player');
  if (cell.audioUrl) {
    player.src = cell.audioUrl;
    if (play) player.play().catch(() => {});
  } else {
    player.removeAttribute('src');
    player.load();
    say(t('prompts.no-audio'));
  }
}

// WAV (RIFF/WAVE), MP3 (an ID3 tag or an MPEG layer III frame) or Ogg: the server converts each to 8 kHz mono.
async function isAudio(file) {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  const text = (from, to) => String.fromCharCode(...head.slice(from, to));
  return (head.length === 12 && text(0, 4) === 'RIFF' && text(8, 12) === 'WAVE') || text(0, 3) === 'ID3' ||
    (head[0] === 0xff && (head[1] & 0xe6) === 0xe2) || text(0, 4) === 'OggS';
}

async function upload(event) {
  event.preventDefault();
  const file = $('recording').files[0];
  const cell = page.selected;
  if (!file || !cell) return;
  if (!(await isAudio(file))) {
    say(t('prompts.not-wave'), true);
    return;
  }
  const response = await fetch(`/api/ivr/prompts/${encodeURIComponent(cell.language)}/${encodeURIComponent(cell.key)}/recording`, {
    method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': file.type || 'application/octet-stream', ...REQUEST_HEADER }, body: file,
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    say(problem.detail || problem.title || `HTTP ${response.status}`, true);
    return;
  }
  $('recording').value = '';
  await load();
  say(t('prompts.uploaded', { key: cell.key, language: cell.language }));
}

$('upload-form').addEventListener('submit', (event) => upload(event).catch((error) => say(error.message, true)));

try {
  await startConsole({ current: 'prompts', onLanguage: renderMatrix });
  await load();
  document.body.dataset.ready = 'true';
} catch (error) {
  say(error.message, true);
}
