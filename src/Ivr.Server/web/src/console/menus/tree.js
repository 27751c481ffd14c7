// The menu as a tree from its start node along the keys' node: actions; nodes no key reaches are listed after it.
import { t } from '../../shared/i18n.js';

const target = (action) => (action?.startsWith('node:') ? action.slice(5) : null);

export function renderTree(container, menu, selected, onSelect) {
  const byId = new Map(menu.nodes.map((node) => [node.id, node]));
  const seen = new Set();
  const branch = (id, via) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'node';
    button.dataset.node = id;
    button.textContent = `${via ? `${via} → ` : ''}${id}${id === menu.startNode ? ` (${t('menus.start')})` : ''}`;
    if (id === selected) button.setAttribute('aria-current', 'true');
    button.addEventListener('click', () => onSelect(id));
    item.append(button);
    const node = byId.get(id);
    if (!node || seen.has(id)) return item;
    seen.add(id);
    const children = Object.entries(node.options ?? {}).filter(([, action]) => target(action) && target(action) !== id);
    const summary = Object.entries(node.options ?? {}).filter(([, action]) => !target(action)).map(([key, action]) => `${key}: ${action}`);
    if (summary.length) {
      const note = document.createElement('span');
      note.className = 'hint';
      note.textContent = ` ${summary.join(', ')}`;
      item.append(note);
    }
    // A node already drawn above (a "back to main" key) is a leaf here, so cycles end.
    if (children.length) {
      const list = document.createElement('ul');
      for (const [key, action] of children) list.append(seen.has(target(action)) ? leaf(target(action), key, onSelect) : branch(target(action), key));
      item.append(list);
    }
    return item;
  };
  const root = document.createElement('ul');
  root.append(branch(menu.startNode, null));
  const unreachable = menu.nodes.filter((node) => !seen.has(node.id));
  container.replaceChildren(root);
  if (unreachable.length) {
    const heading = document.createElement('p');
    heading.textContent = t('menus.unreachable');
    const list = document.createElement('ul');
    for (const node of unreachable) list.append(leaf(node.id, null, onSelect));
    container.append(heading, list);
  }
}

function leaf(id, via, onSelect) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'node quiet-link';
  button.dataset.node = id;
  button.textContent = `${via ? `${via} → ` : ''}${id} ↺`;
  button.addEventListener('click', () => onSelect(id));
  item.append(button);
  return item;
}
