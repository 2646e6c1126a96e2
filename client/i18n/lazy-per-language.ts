// A value that depends on the language and is costly to build (an Intl formatter: 15–30 ms), built
// the first time it is asked for rather than when the app starts, and again only after the language
// changes.
import type { Accessor } from 'solid-js';
import type { Language } from './language';

/** `make(language())`, built on first use and kept until the language changes; reading it tracks the language. */
export function lazyPerLanguage<T>(language: Accessor<Language>, make: (language: Language) => T): () => T {
  let made: { readonly language: Language; readonly value: T } | null = null;
  return () => {
    const current = language();
    if (made?.language !== current) made = { language: current, value: make(current) };
    return made.value;
  };
}
