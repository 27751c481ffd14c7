// Alt+A accept, Alt+H hold, Alt+T transfer, Alt+R ready. Physical keys (event.code), so they work with a Korean
// keyboard layout or IME as well.
const keys = { KeyA: 'accept', KeyH: 'hold', KeyT: 'transfer', KeyR: 'ready' };

export function bindShortcuts(actions) {
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const action = keys[event.code];
    if (action && actions[action]) {
      event.preventDefault();
      actions[action]();
    }
  });
}
