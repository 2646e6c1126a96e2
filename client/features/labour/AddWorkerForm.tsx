// Adds a worker to the workspace's roster: name, team, trade and default day rate.
import { createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { ZERO_FEN } from '../../../shared/money';
import { parseMoney } from '../../../shared/money-parse';
import { addWorker } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';

export function AddWorkerForm(props: { workspaceDoc: Y.Doc }) {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = createSignal('');
  const [team, setTeam] = createSignal('');
  const [trade, setTrade] = createSignal('');
  const [rate, setRate] = createSignal('');
  const [rateError, setRateError] = createSignal(false);
  const add = (event: SubmitEvent): void => {
    event.preventDefault();
    const parsed = rate().trim() === '' ? { ok: true as const, value: ZERO_FEN } : parseMoney(rate());
    if (!parsed.ok || parsed.value < 0) return void setRateError(true);
    const result = addWorker(props.workspaceDoc, { name: name(), team: team(), trade: trade(), defaultDayRate: parsed.value, phone: '' }, Date.now(), session.origin);
    if (!session.report(result)) return;
    setName('');
    setRate('');
  };
  return (
    <form class="labour-form" onSubmit={add} aria-label={t('labour.addWorker')}>
      <h2>{t('labour.addWorker')}</h2>
      <div class="labour-form__row">
        <label>{t('labour.workerName')}<input class="input" required maxLength={200} value={name()} onInput={(event) => setName(event.currentTarget.value)} /></label>
        <label>{t('labour.team')}<input class="input" maxLength={200} value={team()} onInput={(event) => setTeam(event.currentTarget.value)} /></label>
      </div>
      <div class="labour-form__row">
        <label>{t('labour.trade')}<input class="input" maxLength={200} value={trade()} onInput={(event) => setTrade(event.currentTarget.value)} /></label>
        <label>
          {t('labour.dayRate')}
          <input class="input" inputmode="decimal" value={rate()} aria-invalid={rateError()} onInput={(event) => { setRate(event.currentTarget.value); setRateError(false); }} />
        </label>
      </div>
      {rateError() ? <p role="alert" class="form-error">{t('labour.error.amount')}</p> : null}
      <button type="submit" class="button">{t('labour.addWorker')}</button>
    </form>
  );
}
