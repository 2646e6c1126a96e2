// The team's briefing template (which sections, in what order, how many items each), stored in the
// workspace room: the Today briefing and the relay's robot briefing both follow it. Every change is
// one command, so it syncs and undoes like any other edit; viewers see the sections but cannot change them.
import { For, Show, type Accessor } from 'solid-js';
import { MAX_ITEMS_LIMIT, type BriefingSection, type BriefingTemplate } from '../../../shared/domain/briefing';
import { setBriefingTemplate } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { moveSection, templateRows, toggleSection } from './briefing-template-model';

export function BriefingTemplateEditor(props: { template: Accessor<BriefingTemplate> }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const readOnly = (): boolean => workspace.permissions().isReadOnly;
  const save = (next: BriefingTemplate): void => void session.report(setBriefingTemplate(workspace.room.doc, next, session.origin));
  const sectionName = (section: BriefingSection): string => t(`today.template.section.${section}`);
  const onLimit = (input: HTMLInputElement): void => {
    const value = input.valueAsNumber;
    save({ ...props.template(), maxItemsPerSection: Number.isNaN(value) ? 0 : value });
    input.value = String(props.template().maxItemsPerSection);
  };
  return (
    <fieldset class="stack" data-testid="briefing-template" disabled={readOnly()}>
      <legend>{t('today.template.title')}</legend>
      <p class="muted">{t(readOnly() ? 'today.template.readOnly' : 'today.template.hint')}</p>
      <ul class="stack" style={{ 'list-style': 'none', padding: '0', margin: '0' }}>
        <For each={templateRows(props.template())}>
          {(row) => (
            <li data-section={row.section} style={{ display: 'flex', 'align-items': 'center', gap: '6px', 'flex-wrap': 'wrap' }}>
              <label style={{ display: 'inline-flex', 'align-items': 'center', gap: '6px', flex: '1 1 160px' }}>
                <input type="checkbox" checked={row.included} onChange={() => save(toggleSection(props.template(), row.section))} />
                <span>{sectionName(row.section)}</span>
              </label>
              <Show when={row.included}>
                <button type="button" class="button" disabled={!row.canMoveUp} aria-label={t('today.template.up', { section: sectionName(row.section) })}
                  onClick={() => save(moveSection(props.template(), row.section, -1))}>↑</button>
                <button type="button" class="button" disabled={!row.canMoveDown} aria-label={t('today.template.down', { section: sectionName(row.section) })}
                  onClick={() => save(moveSection(props.template(), row.section, 1))}>↓</button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <label class="field">
        <span>{t('today.template.maxItems', { max: MAX_ITEMS_LIMIT })}</span>
        <input class="input" type="number" name="max-items" min="1" max={MAX_ITEMS_LIMIT} step="1" inputMode="numeric"
          value={props.template().maxItemsPerSection} onChange={(e) => onLimit(e.currentTarget)} />
      </label>
    </fieldset>
  );
}
