// A modal dialog on the native <dialog>: focus trapping, Escape and the backdrop come from the browser.
import { onCleanup, onMount, type JSX } from 'solid-js';

export function Modal(props: { labelledBy: string; onClose: () => void; class?: string; children: JSX.Element }) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());
  onCleanup(() => dialog?.close());
  return (
    <dialog
      ref={dialog}
      class={`modal ${props.class ?? ''}`}
      aria-labelledby={props.labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === dialog) props.onClose();
      }}
    >
      <div class="modal__body">{props.children}</div>
    </dialog>
  );
}
