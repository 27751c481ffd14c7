// Korean and English labels. Elements name their label with data-i18n (text), data-i18n-label (aria-label) or
// data-i18n-placeholder; the choice is kept in localStorage and applies to every page.

import { $$ } from './dom.js';

const storageKey = 'ivr.language';
const dictionaries = { ko: {}, en: {} };
let language = localStorage.getItem(storageKey) || (navigator.language?.startsWith('ko') ? 'ko' : 'en');

export function addLabels(labels) {
  for (const [key, [ko, en]] of Object.entries(labels)) {
    dictionaries.ko[key] = ko;
    dictionaries.en[key] = en;
  }
}

export function currentLanguage() {
  return language;
}

export function t(key, values = {}) {
  const text = dictionaries[language][key] ?? dictionaries.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

export function applyLabels(root = document) {
  document.documentElement.lang = language;
  for (const element of $$('[data-i18n]', root)) element.textContent = t(element.dataset.i18n);
  for (const element of $$('[data-i18n-label]', root)) element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  for (const element of $$('[data-i18n-placeholder]', root)) element.placeholder = t(element.dataset.i18nPlaceholder);
}

export function setLanguage(next, onChange) {
  language = next === 'ko' ? 'ko' : 'en';
  localStorage.setItem(storageKey, language);
  applyLabels();
  onChange?.();
}

// A button that switches between the two languages, labelled with the language it switches to.
export function bindLanguageToggle(button, onChange) {
  const render = () => {
    button.textContent = language === 'ko' ? 'English' : '한국어';
    button.lang = language === 'ko' ? 'en' : 'ko';
  };
  button.addEventListener('click', () => {
    setLanguage(language === 'ko' ? 'en' : 'ko', onChange);
    render();
  });
  render();
}

addLabels({
  'app.title': ['1345 상담 소프트폰', '1345 counselor softphone'],
  'sign-in.title': ['로그인', 'Sign in'],
  'sign-in.email': ['이메일', 'Email'],
  'sign-in.password': ['비밀번호', 'Password'],
  'sign-in.submit': ['로그인', 'Sign in'],
  'sign-in.failed': ['이메일 또는 비밀번호가 올바르지 않습니다.', 'The email or password is not right.'],
  'sign-in.locked': ['로그인 시도가 너무 많습니다. 잠시 후 다시 시도하세요.', 'Too many attempts. Try again later.'],
});
