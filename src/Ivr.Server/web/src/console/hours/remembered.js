// @ts-check
// Remembered languages on the hours page: whether a caller's language is remembered (by a keyed hash of their number)
// and offered on their next call, and for how many days. Off is 0 days; the days field keeps what was typed, so
// turning it on again does not lose them. Changes go through PUT /api/ivr/remembered-language (audited).
import { api } from '../../shared/api.js';
import { $ } from '../../shared/dom.js';
import { t } from '../../shared/i18n.js';

/** @typedef {import('../../shared/types.js').RememberedLanguage} RememberedLanguage */

const defaultDays = 30;
const state = { canEdit: false, /** @type {RememberedLanguage | null} */ setting: null };

export function showRemembered() {
  const { setting } = state;
  if (!setting) return;
  $('remembered-state').textContent = setting.enabled ? t('remembered.on', { days: setting.days }) : t('remembered.off');
  $('remembered-state').dataset.enabled = String(setting.enabled);
}

function enableDays() {
  $('remembered-days').disabled = !state.canEdit || !$('remembered-enabled').checked;
}

/** Reads the setting and shows it, the form included. */
export async function loadRemembered() {
  state.setting = await api('GET', '/api/ivr/remembered-language');
  $('remembered-enabled').checked = state.setting.enabled;
  $('remembered-days').value = String(state.setting.enabled ? state.setting.days : defaultDays);
  enableDays();
  showRemembered();
}

/**
 * @param {boolean} canEdit the account may change it (operations)
 * @param {(action: () => Promise<unknown>, done: () => string) => void} change the page's way to run a change and report it
 */
export function bindRemembered(canEdit, change) {
  state.canEdit = canEdit;
  $('remembered-enabled').addEventListener('change', enableDays);
  $('remembered-form').addEventListener('submit', (/** @type {SubmitEvent} */ event) => {
    event.preventDefault();
    const days = $('remembered-enabled').checked ? Number($('remembered-days').value) : 0;
    change(() => api('PUT', '/api/ivr/remembered-language', { days }), () => (days > 0 ? t('remembered.saved-on', { days }) : t('remembered.saved-off')));
  });
}
