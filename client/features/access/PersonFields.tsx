// Name and password fields shared by claiming, joining and signing in; the password is optional
// except for signing in, with a note on what having none means.
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';

export function PersonFields(props: {
  idPrefix: string;
  name: string;
  password: string;
  passwordRequired: boolean;
  onName: (name: string) => void;
  onPassword: (password: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label class="field">
        <span>{t('access.name')}</span>
        <input id={`${props.idPrefix}-name`} class="input" autocomplete="username" maxLength={200} required value={props.name} onInput={(event) => props.onName(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{props.passwordRequired ? t('access.password') : t('access.passwordOptional')}</span>
        <input
          id={`${props.idPrefix}-password`}
          class="input"
          type="password"
          autocomplete={props.passwordRequired ? 'current-password' : 'new-password'}
          maxLength={200}
          required={props.passwordRequired}
          value={props.password}
          onInput={(event) => props.onPassword(event.currentTarget.value)}
        />
      </label>
      <Show when={!props.passwordRequired}>
        <p class="muted small">{t('access.passwordHelp')}</p>
      </Show>
    </>
  );
}
