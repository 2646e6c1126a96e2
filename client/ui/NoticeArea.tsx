// Where notices appear: a polite live region, so screen readers announce them too.
import { For } from 'solid-js';
import type { Notices } from './notices';

export function NoticeArea(props: { notices: Notices; dismissLabel: string }) {
  return (
    <div class="notice-area" role="status" aria-live="polite">
      <For each={props.notices.list()}>
        {(notice) => (
          <div class="notice" classList={{ 'notice--error': notice.tone === 'error' }}>
            <span>{notice.text}</span>
            <button type="button" class="icon-button" aria-label={props.dismissLabel} onClick={() => props.notices.dismiss(notice.id)}>×</button>
          </div>
        )}
      </For>
    </div>
  );
}
