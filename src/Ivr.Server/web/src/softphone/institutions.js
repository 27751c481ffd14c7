// Partner institutions on the softphone: the three-way picker (search as you type over the directory, then add the
// institution or one of its departments to the call: the server rings the directory's number), the screen pop of an
// institution line call ("interpretation for ..."), and the referral at wrap-up (the disposition "referred to ...").
import { api } from '../shared/api.js';
import { $ } from '../shared/dom.js';
import { addLabels, t } from '../shared/i18n.js';

addLabels({
  'institution.search': ['기관 찾기 (기관명·종류·부서)', 'Find an institution (name, kind or department)'],
  'institution.found': ['{count}곳 찾음', '{count} found'],
  'institution.add': ['{name} 3자 추가', 'Add {name} to the call'],
  'field.interpretation': ['기관 통역', 'Interpretation'],
  'interpretation.for': ['{name} 통역 요청', 'Interpretation for {name}'],
  'interpretation.unknown': ['확인되지 않은 기관의 통역 요청', 'Interpretation for an institution not identified'],
  'referral.heading': ['기관 연계 (선택)', 'Referred to an institution (optional)'],
  'referral.search': ['연계 기관 찾기', 'Find the institution'],
  'referral.choose': ['{name} 선택', 'Choose {name}'],
  'referral.chosen': ['연계 기관: {name}', 'Referred to: {name}'],
  'referral.none': ['연계 기관 없음', 'No referral'],
  'referral.what': ['연계 내용', 'What was referred'],
  'referral.consent': ['상담자가 정보 전달에 동의함', 'The caller agreed to their details being passed on'],
  'history.referred': ['연계: {names}', 'Referred to {names}'],
});

/** @typedef {{ id: string, nameKo: string, nameEn: string, kind: string, numbers: string[], departments: { name: string, number: string }[] }} Institution */

/**
 * Search as you type: `list` gets a button per institution (and per department when `departments`), each calling
 * `onPick({ institutionId, department, name })`; `found` says how many matched.
 * @param {HTMLInputElement} input
 * @param {HTMLElement} list
 * @param {HTMLElement} found
 * @param {{ departments: boolean, labelKey: string, onPick: (pick: { institutionId: string, department: string | null, name: string }) => void }} options
 */
function bindSearch(input, list, found, { departments, labelKey, onPick }) {
  let timer = 0;
  let asked = 0;
  const search = async () => {
    const ask = ++asked;
    /** @type {Institution[]} */
    const institutions = await api('GET', `/api/institutions/search?q=${encodeURIComponent(input.value.trim())}`);
    if (ask !== asked) return;
    const picks = institutions.flatMap((institution) => [
      { institutionId: institution.id, department: null, name: `${institution.nameKo} (${institution.nameEn})` },
      ...(departments ? institution.departments.map((department) => (
        { institutionId: institution.id, department: department.name, name: `${institution.nameKo} ${department.name}` })) : []),
    ]);
    list.replaceChildren(...picks.map((pick) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = t(labelKey, { name: pick.name });
      button.dataset.institution = pick.institutionId;
      if (pick.department) button.dataset.department = pick.department;
      button.addEventListener('click', () => onPick(pick));
      item.append(button);
      return item;
    }));
    found.textContent = t('institution.found', { count: institutions.length });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => search().catch((error) => { found.textContent = error.message; }), 200);
  });
}

/** The three-way picker: a pick is added to the call by `add({ institutionId, department })`. */
export function bindInstitutionPicker(add) {
  bindSearch(/** @type {HTMLInputElement} */ ($('institution-search')), $('institution-results'), $('institution-found'), {
    departments: true,
    labelKey: 'institution.add',
    onPick: ({ institutionId, department }) => add(department ? { institutionId, department } : { institutionId }),
  });
}

/** @type {{ institutionId: string, name: string } | null} */
let referral = null;

function showReferral() {
  $('referral-chosen').textContent = referral ? t('referral.chosen', { name: referral.name }) : t('referral.none');
}

/** The wrap-up form's referral: search, choose one institution. */
export function bindReferral() {
  bindSearch(/** @type {HTMLInputElement} */ ($('referral-search')), $('referral-results'), $('referral-found'), {
    departments: false,
    labelKey: 'referral.choose',
    onPick: ({ institutionId, name }) => {
      referral = { institutionId, name };
      showReferral();
    },
  });
  showReferral();
}

/** Saves the referral chosen for the call being wrapped up (before the wrap-up itself), then clears the form's part. */
export async function submitReferral(callSid) {
  if (!referral) return;
  await api('POST', '/api/counselor/referrals', {
    callSid,
    institutionId: referral.institutionId,
    what: /** @type {HTMLTextAreaElement} */ ($('referral-what')).value.trim(),
    consent: /** @type {HTMLInputElement} */ ($('referral-consent')).checked,
  });
  referral = null;
  /** @type {HTMLTextAreaElement} */ ($('referral-what')).value = '';
  /** @type {HTMLInputElement} */ ($('referral-consent')).checked = false;
  showReferral();
}

/** The screen pop's row for an institution line call. */
export function interpretationRows(call) {
  const interpretation = call.interpretation;
  if (!interpretation) return [];
  return [['field.interpretation', interpretation.institutionId
    ? t('interpretation.for', { name: `${interpretation.nameKo ?? interpretation.institutionId}${interpretation.nameEn ? ` (${interpretation.nameEn})` : ''}` })
    : t('interpretation.unknown')]];
}
