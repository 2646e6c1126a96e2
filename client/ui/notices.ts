// Short messages to the user (a failed command, a copied link), shown in a live region and dismissed
// after a while; the list is a signal so any screen can add one.
import { createSignal, type Accessor } from 'solid-js';

export type NoticeTone = 'info' | 'error';

export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: NoticeTone;
}

/** Long enough to read a sentence in either language. */
const NOTICE_VISIBLE_MS = 6_000;

export interface Notices {
  readonly list: Accessor<readonly Notice[]>;
  show(text: string, tone?: NoticeTone): void;
  dismiss(id: number): void;
}

export function makeNotices(): Notices {
  const [list, setList] = createSignal<readonly Notice[]>([]);
  let nextId = 1;
  const dismiss = (id: number): void => {
    setList((notices) => notices.filter((notice) => notice.id !== id));
  };
  return {
    list,
    dismiss,
    show(text, tone = 'info') {
      const id = nextId++;
      // The same message twice in a row shows once.
      setList((notices) => [...notices.filter((notice) => notice.text !== text), { id, text, tone }]);
      setTimeout(() => dismiss(id), NOTICE_VISIBLE_MS);
    },
  };
}
