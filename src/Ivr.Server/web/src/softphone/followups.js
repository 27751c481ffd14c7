// @ts-check
// The softphone's Messages panel: the follow-up tasks of the counselor's languages, oldest first (served first). A
// counselor plays a message through the server, claims it (so no one else works it), releases it (back to everyone) or
// closes it with an outcome;
// staff watching read-only see the list. Pushed "followups" messages make it read the list again; items whose task
// did not change are kept as they are, so a message playing or a note being typed survives the update.
import { api } from '../shared/api.js';
import { currentLanguage, t } from '../shared/i18n.js';
import { html, raw, setMarkup } from '../shared/dom.js';
import { duration, languageName } from './view.js';

/** @typedef {import('../shared/types.js').FollowUpTask} FollowUpTask */

const dispositions = ['called-back', 'resolved', 'no-answer', 'not-needed'];

/**
 * @param {{ list: HTMLElement, count: HTMLElement, counselorId: string | null, readOnly: boolean, say: (text: string, isError?: boolean) => void,
 *   placeCall: (request: () => Promise<unknown>) => Promise<void> }} options
 */
export function createFollowUps({ list, count, counselorId, readOnly, say, placeCall }) {
  const url = readOnly ? '/api/followups' : '/api/counselor/followups';
  /** @type {FollowUpTask[]} */
  let tasks = [];

  /** @param {FollowUpTask} task */
  const stateText = (task) => {
    if (task.state === 'open') return t('followups.state.open');
    return task.claimedBy === counselorId ? t('followups.state.mine') : t('followups.state.claimed', { counselor: task.claimedBy ?? '' });
  };

  /** @param {FollowUpTask} task */
  const signature = (task) => `${task.state}|${task.claimedBy ?? ''}|${currentLanguage()}`;

  /** @param {FollowUpTask} task */
  function item(task) {
    const id = task.id;
    const head = `followup-${id}-head`;
    const created = new Date(task.createdAt).toLocaleString(currentLanguage(), { dateStyle: 'short', timeStyle: 'short' });
    const mine = task.state === 'claimed' && task.claimedBy === counselorId;
    const disabled = readOnly ? raw('disabled') : '';
    return html`<li class="followup" data-task="${id}" data-state="${task.state}" data-signature="${signature(task)}">
      <p id="${head}" class="followup-head"><strong>${languageName(task.language)}</strong>
        <span>${created}</span> <span>${task.kind === 'callback' ? t('followups.kind.callback') : duration(task.recordingSeconds * 1000)}</span>
        <span class="pill" data-field="state">${stateText(task)}</span></p>
      ${task.hasRecording && !readOnly
        ? html`<audio controls preload="none" src="/api/counselor/followups/${id}/recording" aria-label="${t('followups.play')}" aria-describedby="${head}"></audio>`
        : ''}
      ${task.state === 'open'
        ? html`<div class="controls"><button type="button" data-claim="${id}" aria-describedby="${head}" ${disabled}>${t('followups.claim')}</button></div>`
        : ''}
      ${mine
        ? html`<div class="controls">
            <label for="disposition-${id}">${t('followups.disposition')}</label>
            <select id="disposition-${id}">${dispositions.map((code) => html`<option value="${code}">${t(`followups.disposition.${code}`)}</option>`)}</select>
            <label for="note-${id}">${t('followups.note')}</label>
            <input id="note-${id}" type="text" maxlength="500" autocomplete="off">
            <button type="button" class="primary" data-done="${id}" aria-describedby="${head}">${t('followups.done')}</button>
            ${task.hasNumber ? html`<button type="button" data-call-back="${id}" aria-describedby="${head}">${t('followups.call-back')}</button>` : ''}
            <button type="button" data-release="${id}" aria-describedby="${head}">${t('followups.release')}</button>
          </div>`
        : ''}
    </li>`;
  }

  /** @param {FollowUpTask} task */
  function build(task) {
    const holder = document.createElement('ol');
    setMarkup(holder, item(task));
    return /** @type {HTMLElement} */ (holder.firstElementChild);
  }

  // Keeps each unchanged item's element (its audio, its typed note), replaces changed ones, and follows the list's order.
  function render() {
    const kept = new Map([...list.querySelectorAll('li[data-task]')].map((element) => [/** @type {HTMLElement} */ (element).dataset.task, element]));
    list.replaceChildren(...tasks.map((task) => {
      const element = /** @type {HTMLElement | undefined} */ (kept.get(task.id));
      return element && element.dataset.signature === signature(task) ? element : build(task);
    }));
    count.textContent = tasks.length === 0 ? t('followups.none') : t('followups.count', { count: tasks.length });
  }

  async function refresh() {
    try {
      tasks = await api('GET', url);
      render();
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
  }

  /** @param {() => Promise<unknown>} action */
  async function act(action) {
    try {
      say('');
      await action();
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
    }
    await refresh();
  }

  list.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const claim = target.closest('[data-claim]')?.getAttribute('data-claim');
    const done = target.closest('[data-done]')?.getAttribute('data-done');
    const callBack = target.closest('[data-call-back]')?.getAttribute('data-call-back');
    const release = target.closest('[data-release]')?.getAttribute('data-release');
    if (readOnly) return;
    if (callBack) act(() => placeCall(() => api('POST', `/api/counselor/followups/${encodeURIComponent(callBack)}/call-back`)));
    if (claim) act(() => api('POST', `/api/counselor/followups/${encodeURIComponent(claim)}/claim`));
    if (release) act(() => api('POST', `/api/counselor/followups/${encodeURIComponent(release)}/release`));
    if (done) {
      const disposition = /** @type {HTMLSelectElement} */ (document.getElementById(`disposition-${done}`)).value;
      const note = /** @type {HTMLInputElement} */ (document.getElementById(`note-${done}`)).value.trim();
      act(async () => {
        await api('POST', `/api/counselor/followups/${encodeURIComponent(done)}/done`, { disposition, note: note || null });
        say(t('followups.closed'));
      });
    }
  });

  return {
    refresh,
    // Labels changed language: every item's signature changed with it, so each is drawn again.
    relabel: render,
  };
}
