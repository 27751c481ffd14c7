// @ts-check
// Waiting per language on the hours page: when hold key 2 offers a callback (the expected wait above a threshold, or
// never), and the maximum wait: after how many minutes on hold the caller is offered, in their language, a callback,
// a message or another language (which they accept with key 4). A language operations never saved shows the server's
// configured defaults. Changes go through PUT /api/ivr/waiting/{code} (audited, heard from the next announcement).
import { api } from '../../shared/api.js';
import { $, html, setMarkup } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';

/** @typedef {import('../../shared/types.js').WaitingPolicy} WaitingPolicy */
/** @typedef {import('../../shared/types.js').Language} Language */

const state = {
  canEdit: false,
  /** @type {WaitingPolicy[]} */ policies: [],
  /** @type {Language[]} */ languages: [],
  /** @type {WaitingPolicy | null} */ editing: null,
};

/** Minutes in a TimeSpan of at most 2 h as the server writes it ("00:03:00"). @param {string} span */
function minutesOf(span) {
  const [hours, minutes, seconds] = span.split(':').map(Number);
  return Math.round((hours * 60 + minutes + seconds / 60) * 100) / 100;
}

/** A TimeSpan for the server ("00:03:00") from minutes. @param {number} minutes */
function spanOf(minutes) {
  const total = Math.round(minutes * 60);
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${two(Math.floor(total / 3600))}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}

const nameOf = (/** @type {string} */ code) => {
  const language = state.languages.find((item) => item.code === code);
  return language ? `${code} ${language.nativeName}` : code;
};

/** @param {WaitingPolicy} policy */
const callbackText = (policy) => (policy.callbackOfferAbove === null ? t('waiting.callback-off')
  : minutesOf(policy.callbackOfferAbove) === 0 ? t('waiting.callback-always')
    : t('waiting.callback-above', { minutes: minutesOf(policy.callbackOfferAbove) }));

/** @param {WaitingPolicy} policy */
const maxWaitText = (policy) => (policy.maxWait === null ? t('waiting.max-off')
  : t('waiting.max-after', {
    minutes: minutesOf(policy.maxWait),
    outcome: policy.maxWaitOutcome === 'language' ? t('waiting.outcome-language-named', { language: nameOf(policy.overflowLanguage ?? '') })
      : t(`waiting.outcome-${policy.maxWaitOutcome}`),
  }));

export function showWaiting() {
  setMarkup($('waiting-rows'), state.policies.map((policy) => html`
    <tr data-language="${policy.language}">
      <th scope="row">${nameOf(policy.language)}</th>
      <td data-field="callback">${callbackText(policy)}</td>
      <td data-field="max-wait">${maxWaitText(policy)}</td>
      <td data-field="saved">${policy.saved ? t('waiting.saved-by', { who: policy.changedBy ?? '' }) : t('waiting.default')}</td>
      <td><button type="button" data-edit-waiting="${policy.language}">${t('waiting.edit-button', { language: policy.language })}</button></td>
    </tr>`));
  if (state.editing) $('waiting-form-heading').textContent = t('waiting.form-heading', { language: nameOf(state.editing.language) });
}

// The form's fields follow their switches: a threshold only with the callback offer, the outcome only with a maximum
// wait, the overflow language only for the outcome "language".
function enableFields() {
  const off = !state.canEdit;
  $('waiting-callback-above').disabled = off || !$('waiting-callback').checked;
  const maxWait = $('waiting-max').checked;
  $('waiting-max-minutes').disabled = off || !maxWait;
  $('waiting-outcome').disabled = off || !maxWait;
  $('waiting-overflow').disabled = off || !maxWait || $('waiting-outcome').value !== 'language';
}

/** @param {WaitingPolicy} policy */
function edit(policy) {
  state.editing = policy;
  $('waiting-callback').checked = policy.callbackOfferAbove !== null;
  $('waiting-callback-above').value = String(policy.callbackOfferAbove === null ? 2 : minutesOf(policy.callbackOfferAbove));
  $('waiting-max').checked = policy.maxWait !== null;
  $('waiting-max-minutes').value = String(policy.maxWait === null ? 10 : minutesOf(policy.maxWait));
  $('waiting-outcome').value = policy.maxWaitOutcome;
  const others = state.languages.filter((language) => language.code !== policy.language);
  setMarkup($('waiting-overflow'), others.map((language) => html`
    <option value="${language.code}"${language.code === policy.overflowLanguage ? html` selected` : ''}>${language.code} ${language.nativeName}</option>`));
  $('waiting-form').hidden = false;
  enableFields();
  showWaiting();
  $('waiting-callback').focus();
}

/**
 * Reads every language's policy and shows them.
 * @param {Language[]} languages the configured languages, for their names and the overflow choices
 */
export async function loadWaiting(languages) {
  state.languages = languages;
  state.policies = await api('GET', '/api/ivr/waiting');
  showWaiting();
}

/**
 * @param {boolean} canEdit the account may change it (operations)
 * @param {(action: () => Promise<unknown>, done: () => string) => void} change the page's way to run a change and report it
 */
export function bindWaiting(canEdit, change) {
  state.canEdit = canEdit;
  for (const id of ['waiting-callback', 'waiting-max', 'waiting-outcome']) $(id).addEventListener('change', enableFields);
  $('waiting-rows').addEventListener('click', (/** @type {MouseEvent} */ event) => {
    const code = /** @type {HTMLElement} */ (event.target).closest('[data-edit-waiting]')?.getAttribute('data-edit-waiting');
    const policy = state.policies.find((item) => item.language === code);
    if (policy) edit(policy);
  });
  $('waiting-cancel').addEventListener('click', () => {
    state.editing = null;
    $('waiting-form').hidden = true;
  });
  $('waiting-form').addEventListener('submit', (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const language = state.editing?.language;
    if (!language) return;
    const maxWait = $('waiting-max').checked;
    const outcome = $('waiting-outcome').value;
    const body = {
      callbackOfferAbove: $('waiting-callback').checked ? spanOf(Number($('waiting-callback-above').value)) : null,
      maxWait: maxWait ? spanOf(Number($('waiting-max-minutes').value)) : null,
      maxWaitOutcome: maxWait ? outcome : null,
      overflowLanguage: maxWait && outcome === 'language' ? $('waiting-overflow').value : null,
    };
    change(() => api('PUT', `/api/ivr/waiting/${language}`, body), () => {
      state.editing = null;
      $('waiting-form').hidden = true;
      return t('waiting.saved', { language: nameOf(language) });
    });
  });
}
