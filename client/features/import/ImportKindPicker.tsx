// What the file holds: a schedule, day labour or costs. Native radios, so arrow keys move between
// them; finance kinds are offered only to people with finance rights.
import { For } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import type { ImportKind } from './import-kind';

export function ImportKindPicker(props: { kinds: readonly ImportKind[]; value: ImportKind; onChange: (kind: ImportKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="import-kinds">
      <legend>{t('import.kind.legend')}</legend>
      <For each={props.kinds}>
        {(kind) => (
          <label class="import-kinds__option">
            <input type="radio" name="import-kind" value={kind} checked={props.value === kind} onChange={() => props.onChange(kind)} />
            <span>{t(`import.kind.${kind}`)}</span>
            <small class="muted">{t(`import.kind.${kind}.hint`)}</small>
          </label>
        )}
      </For>
    </fieldset>
  );
}
