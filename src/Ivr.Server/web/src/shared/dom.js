// @ts-check
// The pages' DOM helpers: $ finds an element by id, html`` builds markup in which every interpolated value is
// escaped unless it is markup itself (another html`` or raw()), and setMarkup is the one place markup enters the page.

/** Markup that is safe to insert: built by html`` (its values escaped) or declared trusted with raw(). */
export class Markup {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/**
 * The element with this id. Typed loosely on purpose: the page's HTML, not this module, says whether it is an
 * input, a select or a table body.
 * @param {string} id
 * @returns {any}
 */
export const $ = (id) => document.getElementById(id);

/**
 * The elements a selector finds, as an array; typed loosely for the same reason as $.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {any[]}
 */
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

const entities = /[&<>"']/g;

/**
 * Text made safe for an element's content or a quoted attribute value.
 * @param {unknown} text
 */
export const escapeHtml = (text) => String(text ?? '').replace(entities, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {unknown} value
 * @returns {string}
 */
function part(value) {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(value);
}

/**
 * A tagged template: html`<td>${name}</td>` escapes name; nested html`` values and arrays of them are kept as
 * markup; null and undefined are empty. Attribute values must be quoted ("${value}").
 * @param {TemplateStringsArray} strings
 * @param {unknown[]} values
 * @returns {Markup}
 */
export function html(strings, ...values) {
  let text = strings[0];
  values.forEach((value, index) => {
    text += part(value) + strings[index + 1];
  });
  return new Markup(text);
}

/**
 * Markup inserted as it is, without escaping: only for text that never holds data (the page's own HTML).
 * @param {string} text
 */
export const raw = (text) => new Markup(text);

/**
 * Replaces the element's content with markup (or a list of it, such as table rows); plain strings are refused, so
 * data cannot reach innerHTML unescaped.
 * @param {Element} element
 * @param {Markup | Markup[]} markup
 */
export function setMarkup(element, markup) {
  const parts = Array.isArray(markup) ? markup : [markup];
  if (!parts.every((item) => item instanceof Markup)) throw new TypeError('setMarkup takes markup from html`` or raw().');
  element.innerHTML = parts.map((item) => item.text).join('');
}
