// Accessible data tables: a caption, column headers, a row header per row; each number cell keeps its exact value
// in data-value (tests compare it with the API's) and shows it formatted.
import { currentLanguage } from '../../shared/i18n.js';

export function formatNumber(value) {
  if (value === null || value === undefined) return '—';
  return typeof value === 'number' ? value.toLocaleString(currentLanguage() === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 2 }) : String(value);
}

/**
 * @param {HTMLTableElement} table
 * @param {{ caption: string, columns: { key: string, label: string }[], rows: { key: string, cells: any[] }[], cellClass?: (value: any, columnIndex: number) => string|undefined }} model
 * The first column is the row header.
 */
export function renderTable(table, { caption, columns, rows, cellClass }) {
  const captionElement = document.createElement('caption');
  captionElement.textContent = caption;
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    th.dataset.column = column.key;
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset.row = row.key;
    row.cells.forEach((value, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) cell.scope = 'row';
      cell.dataset.column = columns[index].key;
      if (typeof value === 'number') cell.dataset.value = String(value);
      cell.textContent = formatNumber(value);
      const className = cellClass?.(value, index);
      if (className) cell.className = className;
      tr.append(cell);
    });
  }
  table.replaceChildren(captionElement, head, body);
}
