// The app's two languages: Persian (the default) and English.

export const LANGS = ['fa', 'en'] as const;
export type Lang = (typeof LANGS)[number];
