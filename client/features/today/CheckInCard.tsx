// The check-in (打卡) card: one check-in a day with an optional note and site; once checked in it
// shows the time, the note and the site. A late check-in is allowed and keeps its real time. One the
// relay flagged (shared/domain/points/check-in-flags.ts) says why it scores nothing.
import { Show, createMemo, createSignal, type Accessor } from 'solid-js';
import { MAX_CHECK_IN_NOTE_LENGTH, MAX_SITE_NAME_LENGTH, type CheckIn, type FlaggedCheckIn } from '../../../shared/domain/points';
import { checkIn } from '../../../shared/schema';
import type { IsoDay } from '../../../shared/iso-day';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';

export function CheckInCard(props: { now: Accessor<number>; today: Accessor<IsoDay>; checkIns: Accessor<readonly CheckIn[]>; flagged: Accessor<readonly FlaggedCheckIn[]>; streak: number }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const [note, setNote] = createSignal('');
  const [site, setSite] = createSignal('');
  const mine = createMemo(() => props.checkIns().find((c) => c.userId === session.identity().id && c.day === props.today()));
  const flagOf = (done: CheckIn): FlaggedCheckIn | undefined => props.flagged().find((flag) => flag.key === `${done.userId}:${done.day}` && flag.at === done.at);
  const time = (at: number): string => new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const result = checkIn(workspace.room.doc, { userId: session.identity().id, day: props.today(), at: props.now(), note: note(), siteName: site() }, session.origin);
    if (session.report(result)) {
      setNote('');
      setSite('');
    }
  };
  return (
    <section class="panel stack" aria-labelledby="check-in-title" data-testid="check-in-card">
      <h2 id="check-in-title">{t('today.checkIn.title')}</h2>
      <Show
        when={mine()}
        fallback={
          <Show when={!workspace.permissions().isReadOnly} fallback={<p class="muted">{t('today.checkIn.readOnly')}</p>}>
            <form class="stack" onSubmit={submit}>
              <p class="muted">{t('today.checkIn.hint')}</p>
              <label class="field">
                <span>{t('today.checkIn.note')}</span>
                <textarea class="input" name="note" rows="2" maxLength={MAX_CHECK_IN_NOTE_LENGTH} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>{t('today.checkIn.site')}</span>
                <input class="input" name="site" type="text" maxLength={MAX_SITE_NAME_LENGTH} value={site()} onInput={(e) => setSite(e.currentTarget.value)} />
              </label>
              <button type="submit" class="button button--primary">{t('today.checkIn.button')}</button>
            </form>
          </Show>
        }
      >
        {(done) => (
          <div class="stack" data-testid="checked-in">
            <p role="status"><strong>{t('today.checkIn.done', { time: time(done().at) })}</strong></p>
            <Show when={done().note !== ''}><p>{done().note}</p></Show>
            <Show when={done().siteName !== ''}><p class="muted">{t('today.checkIn.site.shown', { site: done().siteName })}</p></Show>
            <Show when={flagOf(done())}>{(flag) => <p class="form-error" data-testid="check-in-not-counted">{t(`today.checkIn.notCounted.${flag().reason}`)}</p>}</Show>
          </div>
        )}
      </Show>
      <Show when={props.streak > 0}><p class="muted">{t('today.checkIn.streak', { days: props.streak })}</p></Show>
    </section>
  );
}
