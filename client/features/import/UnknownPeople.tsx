// The assignee names of a schedule sheet that no member has, each with a choice: keep it on its tasks
// as a name ("not a member yet", the default, so nothing in the file is lost) or skip it. A kept name
// becomes the member's once someone of that name is a member: on the card (Assign) or by importing the
// file again. Members join only by invitation, so the importer makes nobody a member; people who may
// invite get a link to the team page.
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';

export interface UnknownPerson {
  readonly name: string;
  /** Tasks of the file that name them. */
  readonly tasks: number;
}

export function UnknownPeople(props: {
  people: readonly UnknownPerson[]; skipped: readonly string[]; onSkip: (name: string, skip: boolean) => void; inviteHref: string | null;
}) {
  const { t } = useI18n();
  return (
    <section class="import-roster" aria-labelledby="import-people-title" data-testid="import-unknown-people">
      <h3 id="import-people-title">{t('import.people.title', { count: props.people.length })}</h3>
      <p>{t('import.people.explain')}</p>
      <For each={props.people}>
        {(person, index) => (
          <fieldset class="import-choice">
            <legend>{t('import.people.person', { name: person.name, count: person.tasks })}</legend>
            <label>
              <input type="radio" name={`import-person-${index()}`} checked={!props.skipped.includes(person.name)} onChange={() => props.onSkip(person.name, false)} />
              {' '}{t('import.people.keep', { name: person.name })}
            </label>
            <label>
              <input type="radio" name={`import-person-${index()}`} checked={props.skipped.includes(person.name)} onChange={() => props.onSkip(person.name, true)} />
              {' '}{t('import.people.skip', { name: person.name })}
            </label>
          </fieldset>
        )}
      </For>
      <Show when={props.inviteHref}>{(href) => <p><a href={href()}>{t('import.people.invite')}</a></p>}</Show>
    </section>
  );
}
