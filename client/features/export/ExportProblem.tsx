// What an export button says when its file could not be made (createFileExport), under the buttons.
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import type { FileExport } from './create-file-export';

export function ExportProblem(props: { export: FileExport }) {
  const { t } = useI18n();
  return (
    <Show when={props.export.problem()}>
      {(key) => <p class="field-error" role="alert">{t(key())}</p>}
    </Show>
  );
}
