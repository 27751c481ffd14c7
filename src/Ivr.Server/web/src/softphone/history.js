// @ts-check
// The caller's earlier calls (last 90 days, matched on the keyed hash of their number), opened from the call's card:
// when, which language, who took it, the outcome the counselor recorded and their notes. A victim of crime's notes are
// the victim-support team's: the server leaves them out and the list says so. Read when opened, again for a new call.
import { api } from '../shared/api.js';
import { currentLanguage, t } from '../shared/i18n.js';
import { html, setMarkup } from '../shared/dom.js';
import { languageName } from './view.js';

/** @param {{ details: HTMLDetailsElement, list: HTMLElement, readOnly: boolean, say: (text: string, isError?: boolean) => void }} options */
export function createHistory({ details, list, readOnly, say }) {
  /** @type {string | null} */
  let callSid = null;

  const when = (at) => (at ? new Date(at).toLocaleString(currentLanguage(), { dateStyle: 'short', timeStyle: 'short' }) : '—');

  /** @param {any} call an EarlierCall */
  const item = (call) => html`
    <li data-call="${call.callSid}">
      <p><time datetime="${call.arrivedAt}">${when(call.arrivedAt)}</time> · ${languageName(call.language)} · ${call.counselor ?? '—'} ·
        ${[call.residencyStatus, call.topic].filter(Boolean).join(' / ') || t(`history.outcome.${call.outcome}`)}</p>
      ${call.notes === null
        ? html`<p class="restricted" data-field="restricted">${t('history.restricted')}</p>`
        : call.notes.filter((note) => note.note).map((note) => html`<p data-field="note">${note.note}</p>`)}
      ${call.referredTo?.length ? html`<p data-field="referred">${t('history.referred', { names: call.referredTo.join(', ') })}</p>` : ''}
    </li>`;

  async function load() {
    const sid = callSid;
    if (!sid) return;
    try {
      const url = readOnly ? `/api/calls/${encodeURIComponent(sid)}/history` : `/api/counselor/calls/${encodeURIComponent(sid)}/history`;
      const calls = await api('GET', url);
      if (sid !== callSid) return;
      setMarkup(list, calls.length ? calls.map(item) : html`<li>${t('history.none')}</li>`);
    } catch (error) {
      say(error.message, true);
    }
  }

  details.addEventListener('toggle', () => {
    if (details.open) load();
  });

  return {
    /** The call on screen changed (or ended): close the list and forget what it showed. @param {string | null} sid */
    follow(sid) {
      if (sid === callSid) return;
      callSid = sid;
      details.open = false;
      list.replaceChildren();
    },
  };
}
