// The partner institution directory: supervisors look, operations staff add, change and remove institutions (each
// change audited). Counselors pick institutions from it on the softphone (three-way calls, referrals); the institution
// line knows a caller by its numbers or its code.
import { api } from '../../shared/api.js';
import { $, $$, html, setMarkup } from '../../shared/dom.js';
import { addLabels, t } from '../../shared/i18n.js';
import { say, startConsole } from '../../shared/console-shell.js';

addLabels({
  'institutions.list': ['협력 기관', 'Partner institutions'],
  'institutions.table': ['표: 협력 기관', 'Table: partner institutions'],
  'institutions.id': ['ID', 'Id'],
  'institutions.name-ko': ['기관명 (한국어)', 'Name (Korean)'],
  'institutions.name-en': ['기관명 (영어)', 'Name (English)'],
  'institutions.kind': ['종류', 'Kind'],
  'institutions.numbers': ['전화번호 (한 줄에 하나, 첫 번호가 대표)', 'Numbers (one a line, the first is the main one)'],
  'institutions.hours': ['운영 시간', 'Hours'],
  'institutions.departments': ['부서 (한 줄에 "부서명: +82…")', 'Departments (one a line, "name: +82…")'],
  'institutions.code': ['기관 코드 (통역 전용 전화에서 입력, 선택)', 'Code (keyed on the institution line, optional)'],
  'institutions.actions': ['작업', 'Actions'],
  'institutions.edit': ['{name} 수정', 'Edit {name}'],
  'institutions.delete': ['{name} 삭제', 'Remove {name}'],
  'institutions.form': ['기관 추가·수정', 'Add or change an institution'],
  'institutions.save': ['저장', 'Save'],
  'institutions.new': ['새 기관', 'New institution'],
  'institutions.saved': ['{name}을(를) 저장했습니다.', '{name} saved.'],
  'institutions.deleted': ['{name}을(를) 삭제했습니다.', '{name} removed.'],
  'institutions.none': ['등록된 기관이 없습니다.', 'No institutions yet.'],
  'institutions.kind.hospital': ['병원', 'Hospital'],
  'institutions.kind.police': ['경찰', 'Police'],
  'institutions.kind.public-office': ['공공기관', 'Public office'],
  'institutions.kind.support-center': ['지원센터', 'Support center'],
  'institutions.kind.shelter': ['쉼터', 'Shelter'],
  'institutions.kind.court': ['법원', 'Court'],
  'institutions.kind.labor-office': ['고용노동관서', 'Labor office'],
  'institutions.kind.immigration-office': ['출입국·외국인관서', 'Immigration office'],
  'institutions.kind.legal-aid': ['법률 지원', 'Legal aid'],
  'institutions.kind.other': ['기타', 'Other'],
});

const kinds = ['hospital', 'police', 'public-office', 'support-center', 'shelter', 'court', 'labor-office', 'immigration-office', 'legal-aid', 'other'];

/** @type {{ institutions: any[], canEdit: boolean }} */
const page = { institutions: [], canEdit: false };

const kindName = (kind) => t(`institutions.kind.${kind}`);

function renderList() {
  setMarkup($('institution-rows'), page.institutions.length ? page.institutions.map((institution) => html`
    <tr data-institution="${institution.id}">
      <td>${institution.id}</td>
      <td lang="ko">${institution.nameKo}</td>
      <td lang="en">${institution.nameEn}</td>
      <td>${kindName(institution.kind)}</td>
      <td>${institution.numbers.join(', ')}</td>
      <td>${institution.departments.map((department) => `${department.name} ${department.number}`).join(', ') || '—'}</td>
      <td>${institution.hours ?? '—'}</td>
      <td>${institution.code ?? '—'}</td>
      <td>
        <button type="button" data-edit="${institution.id}">${t('institutions.edit', { name: institution.nameKo })}</button>
        <button type="button" data-delete="${institution.id}" data-operations-only>${t('institutions.delete', { name: institution.nameKo })}</button>
      </td>
    </tr>`) : html`<tr><td colspan="9">${t('institutions.none')}</td></tr>`);
  for (const control of $$('#institution-rows [data-operations-only]')) control.disabled = !page.canEdit;
}

function renderKinds() {
  const select = /** @type {HTMLSelectElement} */ ($('institution-kind'));
  const chosen = select.value;
  select.replaceChildren(...kinds.map((kind) => new Option(kindName(kind), kind)));
  select.value = chosen || kinds[0];
}

/** A field of the form by its name (every one has a value: inputs, the select, the text areas). */
const field = (name) => /** @type {HTMLInputElement} */ (/** @type {HTMLFormElement} */ ($('institution-form')).elements.namedItem(name));

/** Fills the form with an institution (or empties it for a new one). */
function edit(institution) {
  field('id').value = institution?.id ?? '';
  field('nameKo').value = institution?.nameKo ?? '';
  field('nameEn').value = institution?.nameEn ?? '';
  field('kind').value = institution?.kind ?? kinds[0];
  field('numbers').value = (institution?.numbers ?? []).join('\n');
  field('hours').value = institution?.hours ?? '';
  field('departments').value = (institution?.departments ?? []).map((d) => `${d.name}: ${d.number}`).join('\n');
  field('code').value = institution?.code ?? '';
}

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

async function save(event) {
  event.preventDefault();
  const value = (name) => field(name).value.trim();
  const departments = lines(value('departments')).map((line) => {
    const at = line.lastIndexOf(':');
    return at < 0 ? { name: line, number: '' } : { name: line.slice(0, at).trim(), number: line.slice(at + 1).trim() };
  });
  const saved = await api('PUT', `/api/institutions/${encodeURIComponent(value('id'))}`, {
    nameKo: value('nameKo'), nameEn: value('nameEn'), kind: value('kind'), numbers: lines(value('numbers')),
    hours: value('hours') || null, departments, code: value('code') || null,
  });
  say(t('institutions.saved', { name: saved.nameKo }));
  await load();
}

async function remove(id) {
  const institution = page.institutions.find((row) => row.id === id);
  await api('DELETE', `/api/institutions/${encodeURIComponent(id)}`);
  say(t('institutions.deleted', { name: institution?.nameKo ?? id }));
  await load();
}

async function load() {
  page.institutions = await api('GET', '/api/institutions');
  renderList();
}

// Every handler reports its failure (a validation problem names the field) instead of leaving the page silent.
const guarded = (handler) => (event) => handler(event).catch((error) => say(error.message, true));

async function main() {
  const { canEdit } = await startConsole({ current: 'institutions', onLanguage: () => { renderKinds(); renderList(); } });
  page.canEdit = canEdit;
  renderKinds();
  await load();
  $('institution-form').addEventListener('submit', guarded(save));
  $('institution-new').addEventListener('click', () => {
    edit(null);
    $('institution-id').focus();
  });
  $('institution-rows').addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const editing = target.closest('[data-edit]')?.getAttribute('data-edit');
    if (editing) {
      edit(page.institutions.find((row) => row.id === editing));
      $('institution-name-ko').focus();
    }
    const removing = target.closest('[data-delete]')?.getAttribute('data-delete');
    if (removing) remove(removing).catch((error) => say(error.message, true));
  });
  document.body.dataset.ready = 'true';
}

main().catch((error) => say(error.message, true));
