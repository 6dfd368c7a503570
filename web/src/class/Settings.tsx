/** The student's own study settings in a class (new items a day, reviews a day, retention, time zone) and the optimiser. */
import { useState } from 'preact/hooks';
import { post } from '../api';
import { Failure, Loading } from '../components';
import { useJson } from '../hooks';
import type { ApiOptimizeResult, ApiSettings, ApiStudySettings } from '../types';

const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function SettingsForm({ loaded, onSaved }: { loaded: ApiSettings; onSaved: () => void }) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const s = loaded.settings;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const patch: ApiStudySettings = {
      newPerDay: Number(form.get('newPerDay')),
      reviewsPerDay: Number(form.get('reviewsPerDay')),
      desiredRetention: Number(form.get('desiredRetention')) / 100,
      timeZone: form.get('useZone') ? browserZone() : null,
    };
    try {
      await post<ApiSettings>('/api/settings', patch);
      setError(undefined);
      setMessage('Saved: study follows these settings from now on.');
      onSaved();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <form class="account" onSubmit={onSubmit}>
      <label>
        New items a day
        <input name="newPerDay" type="number" min={0} max={1000} step={1} value={s.newPerDay} required />
      </label>
      <label>
        Reviews a day at most
        <input
          name="reviewsPerDay"
          type="number"
          min={0}
          max={10000}
          step={1}
          value={s.reviewsPerDay}
          required
        />
      </label>
      <label>
        Retention to aim for (%)
        <input
          name="desiredRetention"
          type="number"
          min={70}
          max={99}
          step={1}
          value={Math.round(s.desiredRetention * 100)}
          required
        />
      </label>
      <label class="inline">
        <input name="useZone" type="checkbox" checked={s.timeZone !== null} /> Start study days in my time
        zone ({s.timeZone ?? browserZone()})
      </label>
      <p class="muted small">
        Defaults: {loaded.defaults.newPerDay} new, {loaded.defaults.reviewsPerDay} reviews,{' '}
        {Math.round(loaded.defaults.desiredRetention * 100)}% retention.
      </p>
      {error && <Failure message={error} />}
      {message && <p class="notice">{message}</p>}
      <button type="submit" class="primary">
        Save
      </button>
    </form>
  );
}

function Optimiser({ optimised, onDone }: { optimised: boolean; onDone: () => void }) {
  const [result, setResult] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const r = await post<ApiOptimizeResult>('/api/optimize');
      setResult(
        `Fitted to ${r.reviews} reviews of ${r.itemsWithHistory} items. Log loss ${r.logLossBefore.toFixed(4)} → ${r.logLossAfter.toFixed(4)}: ${r.saved ? 'saved, study uses them now.' : 'no better, the current ones are kept.'}`,
      );
      onDone();
    } catch (failure) {
      setResult((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="optimiser">
      <h2>Optimiser</h2>
      <p class="muted small">
        Fits the scheduler to your own answers once you have enough of them (400 reviews, 50 items reviewed on
        two days).{' '}
        {optimised ? 'Study uses parameters fitted to your answers.' : 'Study uses the default parameters.'}
      </p>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? 'Fitting…' : 'Optimise from my answers'}
      </button>
      {result && <p role="status">{result}</p>}
    </section>
  );
}

export function SettingsPage() {
  const loaded = useJson<ApiSettings>('/api/settings');
  if (loaded.error) return <Failure message={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return (
    <div class="settings">
      <h1>Settings</h1>
      <SettingsForm loaded={loaded.data} onSaved={loaded.reload} />
      <Optimiser optimised={loaded.data.optimised} onDone={loaded.reload} />
    </div>
  );
}
