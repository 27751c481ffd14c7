// The sign-in page: Identity's cookie sign-in, then back to the page that sent the person here.
import { REQUEST_HEADER } from '../shared/api.js';
import { $ } from '../shared/dom.js';
import { addLabels, applyLabels, bindLanguageToggle, t } from '../shared/i18n.js';

addLabels({});
applyLabels();
bindLanguageToggle($('language'));

const form = $('sign-in');
const message = $('message');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.textContent = '';
  const response = await fetch('/account/login?useCookies=true', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...REQUEST_HEADER },
    body: JSON.stringify({ email: form.email.value, password: form.password.value }),
  });
  if (response.ok) {
    location.assign(returnPath());
    return;
  }
  const problem = await response.json().catch(() => ({}));
  message.textContent = problem.detail === 'LockedOut' ? t('sign-in.locked') : t('sign-in.failed');
  form.password.select();
});

// Only a path on this site: never an address elsewhere (//host or a scheme).
function returnPath() {
  const target = new URLSearchParams(location.search).get('return');
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : '/softphone/';
}
