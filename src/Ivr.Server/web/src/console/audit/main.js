// The audit log: every configuration change, filtered by who, what, which and when, paged by keyset
// (GET /api/audit?before=<last id>), newest first.
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';
import { loadRecordings, renderRecordings } from './recordings.js';

addLabels({
  'audit.filter': ['검색 조건', 'Filter'],
  'audit.actor': ['누가 (정확히)', 'Who (exact)'],
  'audit.action': ['무엇을 (시작 문자)', 'What (starts with)'],
  'audit.subject': ['대상 (포함)', 'Which (contains)'],
  'audit.from': ['시작일', 'From'],
  'audit.to': ['종료일 (제외)', 'Until (exclusive)'],
  'audit.apply': ['조회', 'Show'],
  'audit.heading': ['설정 변경 기록 (최신순)', 'Configuration changes, newest first'],
  'audit.when': ['시각', 'When'],
  'audit.actor-column': ['누가', 'Who'],
  'audit.action-column': ['무엇을', 'What'],
  'audit.subject-column': ['대상', 'Which'],
  'audit.details': ['내용', 'Details'],
  'audit.more': ['이전 기록 더 보기', 'Older entries'],
  'audit.count': ['{count}건 표시', '{count} shown'],
  'audit.none': ['조건에 맞는 기록이 없습니다.', 'No entries match.'],
});

const pageSize = 50;
/** @type {{ entries: import('../../shared/types.js').AuditEntry[], next: number | null, filter: Record<string, string> }} */
const page = { entries: [], next: null, filter: {} };

function render() {
  setMarkup($('audit-rows'), page.entries.map((entry) => html`
    <tr data-entry="${entry.id}">
      <td><time datetime="${entry.at}">${new Date(entry.at).toLocaleString()}</time></td>
      <td>${entry.actor}</td>
      <td data-field="action">${entry.action}</td>
      <td data-field="subject">${entry.subject}</td>
      <td class="details-cell">${entry.details}</td>
    </tr>`));
  $('audit-status').textContent = page.entries.length ? t('audit.count', { count: page.entries.length }) : t('audit.none');
  $('audit-more').hidden = page.next === null;
}

// A day picked in the browser's time zone, as the instant it starts.
const dayStart = (value) => (value ? new Date(`${value}T00:00:00`).toISOString() : '');

function query(before) {
  const parameters = new URLSearchParams({ limit: String(pageSize) });
  for (const [name, value] of Object.entries(page.filter)) if (value) parameters.set(name, value);
  if (before) parameters.set('before', String(before));
  return `/api/audit?${parameters}`;
}

async function fetchPage(before) {
  try {
    const result = await api('GET', query(before));
    page.entries = before ? [...page.entries, ...result.entries] : result.entries;
    page.next = result.next;
    render();
  } catch (error) {
    say(error.message, true);
  }
}

async function main() {
  await startConsole({ current: 'audit', onLanguage: () => { render(); renderRecordings(); } });
  $('audit-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    page.filter = {
      actor: form.actor.value.trim(), action: form.action.value.trim(), subject: form.subject.value.trim(),
      from: dayStart(form.from.value), to: dayStart(form.to.value),
    };
    say('');
    fetchPage(null);
  });
  $('audit-more').addEventListener('click', () => fetchPage(page.next));
  await fetchPage(null);
  await loadRecordings().catch((error) => say(error.message, true));
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
