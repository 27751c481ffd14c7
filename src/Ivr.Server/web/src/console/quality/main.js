// Quality review: a supervisor picks a handled call, scores it against the form operations define (each criterion
// 0 to its maximum, weighted into 0-100) and saves the review (one per call and reviewer; saving again replaces it).
// Operations edit the form here too; each save is a new version. Scores over time are on the reports page.
import { api } from '../../shared/api.js';
import { $, $$, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';

addLabels({
  'quality.calls': ['평가할 상담 통화', 'Handled calls to review'],
  'quality.calls-table': ['표: 평가할 통화', 'Table: calls to review'],
  'quality.form-table': ['표: 평가 항목', 'Table: criteria'],
  'quality.counselor': ['상담사', 'Counselor'],
  'quality.language': ['언어', 'Language'],
  'quality.show': ['조회', 'Show'],
  'quality.answered': ['응대 시각', 'Answered'],
  'quality.talk': ['통화 (초)', 'Talk (s)'],
  'quality.recorded': ['녹음', 'Recorded'],
  'quality.recorded-only': ['녹음된 통화만', 'Recorded calls only'],
  'quality.yes': ['있음', 'yes'],
  'quality.play': ['통화 녹음 재생 (재생은 기록됨)', 'Play the recording (each playback is audited)'],
  'quality.not-recorded': ['이 통화는 녹음되지 않았습니다.', 'This call was not recorded.'],
  'quality.my-score': ['내 평가 점수', 'My score'],
  'quality.actions': ['작업', 'Actions'],
  'quality.review-call': ['{call} 평가', 'Review {call}'],
  'quality.review': ['평가', 'Review'],
  'quality.comment': ['상담사에게 남길 말 (선택)', 'Comment for the counselor (optional)'],
  'quality.save-review': ['평가 저장', 'Save the review'],
  'quality.saved-review': ['{call} 평가를 저장했습니다: {score}점', 'Review of {call} saved: {score} points'],
  'quality.form': ['평가 양식', 'Review form'],
  'quality.form-hint': ['항목마다 0점부터 최고점까지 매기며, 통화 점수(0-100)는 가중치를 반영해 계산합니다.',
    "Each criterion is scored from 0 to its maximum; the call's score (0-100) weighs each by its weight."],
  'quality.key': ['키', 'Key'],
  'quality.label': ['평가 항목', 'Criterion'],
  'quality.weight': ['가중치', 'Weight'],
  'quality.max': ['최고점', 'Maximum'],
  'quality.add': ['항목 추가', 'Add a criterion'],
  'quality.remove': ['{key} 항목 삭제', 'Remove {key}'],
  'quality.note': ['메모', 'Note'],
  'quality.save-form': ['새 버전으로 저장', 'Save as a new version'],
  'quality.saved-form': ['평가 양식 {version}번을 저장했습니다.', 'Review form version {version} saved.'],
  'quality.version': ['(버전 {version})', '(version {version})'],
  'quality.none': ['조건에 맞는 통화가 없습니다.', 'No handled calls match.'],
  'quality.criterion-score': ['{label} (0-{max}, 가중치 {weight})', '{label} (0-{max}, weight {weight})'],
});

/** @type {{ calls: any[], form: any, call: any, canEdit: boolean }} */
const page = { calls: [], form: null, call: null, canEdit: false };

const when = (at) => (at ? new Date(at).toLocaleString() : '—');

function renderCalls() {
  setMarkup($('calls-rows'), page.calls.length ? page.calls.map((call) => html`
    <tr data-call="${call.callSid}">
      <td><time datetime="${call.answeredAt}">${when(call.answeredAt)}</time></td>
      <td>${call.counselor}</td>
      <td>${call.language}</td>
      <td>${call.talkSeconds === null ? '—' : Math.round(call.talkSeconds)}</td>
      <td>${call.recorded ? t('quality.yes') : '—'}</td>
      <td data-field="score">${call.score ?? '—'}</td>
      <td><button type="button" data-review="${call.callSid}">${t('quality.review-call', { call: call.callSid })}</button></td>
    </tr>`) : html`<tr><td colspan="7">${t('quality.none')}</td></tr>`);
}

function renderReview() {
  const call = page.call;
  $('review').hidden = call === null;
  if (!call) return;
  $('review-call').textContent = `${call.callSid} (${call.counselor}, ${call.language})`;
  // The audio comes through the server only when played; the server audits each playback.
  setMarkup($('review-recording'), call.recorded
    ? html`<audio controls preload="none" aria-label="${t('quality.play')}" src="/api/recordings/${encodeURIComponent(call.callSid)}"></audio>`
    : html`${t('quality.not-recorded')}`);
  setMarkup($('review-criteria'), page.form.criteria.map((criterion) => html`
    <label for="score-${criterion.key}">${t('quality.criterion-score', { label: criterion.label, max: criterion.maxScore, weight: criterion.weight })}</label>
    <select id="score-${criterion.key}" name="${criterion.key}" required>
      <option value="">—</option>
      ${Array.from({ length: criterion.maxScore + 1 }, (_, score) => html`<option value="${score}">${score}</option>`)}
    </select>`));
}

function renderForm() {
  $('form-version').textContent = t('quality.version', { version: page.form.version });
  setMarkup($('criteria-rows'), page.form.criteria.map((criterion, index) => html`
    <tr data-criterion="${index}">
      <td><input aria-label="${t('quality.key')}" name="key" value="${criterion.key}" pattern="[a-z][a-z0-9\\-]{0,31}" required></td>
      <td><input aria-label="${t('quality.label')}" name="label" value="${criterion.label}" maxlength="120" required></td>
      <td><input aria-label="${t('quality.weight')}" name="weight" type="number" min="1" max="100" value="${criterion.weight}" required></td>
      <td><input aria-label="${t('quality.max')}" name="maxScore" type="number" min="1" max="10" value="${criterion.maxScore}" required></td>
      <td><button type="button" data-remove="${index}" data-operations-only>${t('quality.remove', { key: criterion.key })}</button></td>
    </tr>`));
  for (const control of $$('#form-editor [data-operations-only], #criteria-rows input')) control.disabled = !page.canEdit;
}

function render() {
  renderCalls();
  renderReview();
  renderForm();
}

/** The criteria as the editor shows them now (edits not saved yet included). */
const editedCriteria = () => $$('#criteria-rows tr').map((row) => ({
  key: row.querySelector('[name=key]').value.trim(),
  label: row.querySelector('[name=label]').value.trim(),
  weight: Number(row.querySelector('[name=weight]').value),
  maxScore: Number(row.querySelector('[name=maxScore]').value),
}));

async function loadCalls(filter = {}) {
  const query = new URLSearchParams({ limit: '50' });
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
  page.calls = await api('GET', `/api/quality/calls?${query}`);
  renderCalls();
}

async function saveReview(event) {
  event.preventDefault();
  const scores = Object.fromEntries(page.form.criteria.map((criterion) => [criterion.key, Number($(`score-${criterion.key}`).value)]));
  const review = await api('POST', '/api/quality/reviews', { callSid: page.call.callSid, scores, comment: $('review-comment').value.trim() || null });
  say(t('quality.saved-review', { call: review.callSid, score: review.score }));
  const listed = page.calls.find((call) => call.callSid === review.callSid);
  if (listed) listed.score = review.score;
  renderCalls();
}

async function saveForm(event) {
  event.preventDefault();
  page.form = await api('PUT', '/api/quality/form', { criteria: editedCriteria(), note: $('form-note').value.trim() || null });
  say(t('quality.saved-form', { version: page.form.version }));
  render();
}

// Every handler reports its failure (a validation problem names the field) instead of leaving the page silent.
const guarded = (handler) => (event) => handler(event).catch((error) => say(error.message, true));

async function main() {
  const { canEdit } = await startConsole({ current: 'quality', onLanguage: render });
  page.canEdit = canEdit;
  page.form = await api('GET', '/api/quality/form');
  renderForm();
  await loadCalls();
  $('calls-filter').addEventListener('submit', guarded(async (event) => {
    event.preventDefault();
    await loadCalls({ counselor: $('filter-counselor').value.trim(), language: $('filter-language').value.trim(), recorded: $('filter-recorded').checked ? 'true' : '' });
  }));
  $('calls-rows').addEventListener('click', (event) => {
    const sid = event.target.closest('[data-review]')?.dataset.review;
    if (!sid) return;
    page.call = page.calls.find((call) => call.callSid === sid) ?? null;
    $('review-comment').value = '';
    renderReview();
    $(`score-${page.form.criteria[0].key}`)?.focus();
  });
  $('review-form').addEventListener('submit', guarded(saveReview));
  $('form-editor').addEventListener('submit', guarded(saveForm));
  $('criterion-add').addEventListener('click', () => {
    page.form = { ...page.form, criteria: [...editedCriteria(), { key: '', label: '', weight: 10, maxScore: 5 }] };
    renderForm();
  });
  $('criteria-rows').addEventListener('click', (event) => {
    const index = event.target.closest('[data-remove]')?.dataset.remove;
    if (index === undefined) return;
    page.form = { ...page.form, criteria: editedCriteria().filter((_, i) => i !== Number(index)) };
    renderForm();
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
