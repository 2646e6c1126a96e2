// Why a finance command refused an imported row, as the message key that says it in words. The
// reasons are the labour and cost commands' failures; anything else (a future reason) reads "refused".
const REASONS = [
  'labour-not-found', 'cost-not-found', 'record-signed', 'invalid-worker', 'invalid-day', 'invalid-time', 'invalid-rate',
  'invalid-quantity', 'invalid-task', 'too-long', 'invalid-category', 'invalid-amount',
] as const;
type ApplyReason = (typeof REASONS)[number] | 'other';

export function applyReasonKey(reason: string): `import.applyReason.${ApplyReason}` {
  const known = REASONS.find((code) => code === reason);
  return `import.applyReason.${known ?? 'other'}`;
}
