// @ts-check
// Booking a lawyer session for the caller on the call card ("Local Lawyer for Foreigners", docs/lawyers.md): the free
// slots of the next two weeks for the call's language (lawyers who speak it directly first at a time), a topic of the
// chosen lawyer, a short summary; the server takes the caller's number from the call and texts them a confirmation.
import { api } from '../shared/api.js';
import { currentLanguage, t } from '../shared/i18n.js';

/** @param {{ details: HTMLDetailsElement, form: HTMLFormElement, slot: HTMLSelectElement, topic: HTMLSelectElement, summary: HTMLTextAreaElement, result: HTMLElement, readOnly: boolean }} options */
export function createLawyerBooking({ details, form, slot, topic, summary, result, readOnly }) {
  /** @type {{ callSid: string, language: string } | null} */
  let call = null;
  /** @type {any[]} the FreeSlots on offer */
  let slots = [];
  details.hidden = readOnly;

  const when = (at) => new Date(at).toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Seoul' });

  function fillTopics() {
    const chosen = slots[Number(slot.value)];
    topic.replaceChildren(...(chosen ? chosen.topics.map((name) => new Option(name, name)) : []));
  }

  async function load() {
    const current = call;
    if (!current) return;
    result.textContent = '';
    try {
      slots = await api('GET', `/api/lawyers/free-slots?language=${encodeURIComponent(current.language)}&days=14`);
      if (current !== call) return;
      slot.replaceChildren(...slots.map((free, index) => new Option(
        `${when(free.startsAt)} · ${free.lawyerName} · ${t(free.direct ? 'lawyer.direct' : 'lawyer.interpreted')}`, String(index))));
      if (!slots.length) result.textContent = t('lawyer.none');
      fillTopics();
    } catch (error) {
      result.textContent = error.message;
    }
  }

  slot.addEventListener('change', fillTopics);
  details.addEventListener('toggle', () => {
    if (details.open) load();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = slots[Number(slot.value)];
    if (!call || !chosen) return;
    try {
      const booking = await api('POST', '/api/counselor/lawyer-bookings', {
        callSid: call.callSid, lawyerId: chosen.lawyerId, startsAt: chosen.startsAt, language: call.language, topic: topic.value, summary: summary.value,
      });
      result.textContent = t('lawyer.booked', { when: when(booking.startsAt), lawyer: booking.lawyerName });
      summary.value = '';
      await load();
      result.textContent = t('lawyer.booked', { when: when(booking.startsAt), lawyer: booking.lawyerName });
    } catch (error) {
      result.textContent = error.message;
    }
  });

  return {
    /** The call on screen changed (or ended). @param {{ callSid: string, language: string } | null} next */
    follow(next) {
      if (next?.callSid === call?.callSid) return;
      call = next;
      details.open = false;
      slots = [];
      slot.replaceChildren();
      topic.replaceChildren();
      result.textContent = '';
    },
  };
}
