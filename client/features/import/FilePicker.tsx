// Choosing or dropping the file to import; the reader (and read-excel-file with it) is fetched only
// when the picker appears, so the app's first bundle carries none of it, and its worker is started
// then, ready for the file (import-file-opener.ts). Failures are told in words, with the limits. The
// opened file keeps its worker for the schedule's plans; the page closes it when it is done with it.
import { Show, createSignal, onCleanup } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { MAX_IMPORT_MB, MAX_IMPORT_ROWS } from './import-limits';
import type { ImportFileOpener } from './import-file-opener';
import type { OpenedFile } from './open-import-file';
import type { WorkbookFailure } from './read-workbook';

export function FilePicker(props: { onOpened: (file: OpenedFile) => void }) {
  const { t } = useI18n();
  const [reading, setReading] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<WorkbookFailure | null>(null);
  let disposed = false;
  const opener: Promise<ImportFileOpener> = import('./import-file-opener').then(({ makeImportFileOpener }) => {
    const made = makeImportFileOpener();
    if (disposed) made.dispose();
    return made;
  });
  onCleanup(() => {
    disposed = true;
    void opener.then((made) => made.dispose(), () => undefined);
  });
  // a failure to load the opener is told when a file is read (read below awaits it)
  const prepare = (): void => void opener.then((made) => made.prepare(), () => undefined);
  const read = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setFailure(null);
    setReading(file.name);
    const result = await (await opener).open(file);
    setReading(null);
    if (result.ok) props.onOpened(result.value);
    else setFailure(result.reason);
  };
  return (
    <div
      class="import-drop"
      onDragEnter={prepare}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        void read(event.dataTransfer?.files[0]);
      }}
    >
      <p>{t('import.intro')}</p>
      <label class="button button--primary" onPointerDown={prepare} onFocusIn={prepare}>
        {t('import.choose')}
        <input type="file" class="visually-hidden" data-testid="import-file" accept=".xlsx,.csv,.txt,.xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(event) => void read(event.currentTarget.files?.[0])} />
      </label>
      <span class="muted"> {t('import.drop')} · {t('import.limits', { mb: MAX_IMPORT_MB, rows: MAX_IMPORT_ROWS })}</span>
      <Show when={reading()}>{(name) => <p role="status">{t('import.reading', { name: name() })}</p>}</Show>
      <Show when={failure()}>{(reason) => <p class="import-error" role="alert" data-testid="import-failure">{t(`import.fail.${reason()}`, { mb: MAX_IMPORT_MB, rows: MAX_IMPORT_ROWS })}</p>}</Show>
    </div>
  );
}
