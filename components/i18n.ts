// UI strings come from the extension's _locales (English and Arabic); components receive `t`.
export type Translate = (key: string, subs?: string | string[]) => string;

export function makeTranslate(getMessage: (key: string, subs?: string | string[]) => string): Translate {
  return (key, subs) => getMessage(key, subs) || key;
}

/** Direction of the UI language, so Arabic UI lays out right to left. */
export function uiDirection(uiLang: string): 'rtl' | 'ltr' {
  return /^(ar|fa|ur|he)/i.test(uiLang) ? 'rtl' : 'ltr';
}
