// What an imported file holds. Labour and cost sheets go into the project's finance room, so only
// people with finance rights are offered them; someone else who asks for one (a link) is told why.
export const IMPORT_KINDS = ['schedule', 'labour', 'costs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

export function isFinanceKind(kind: ImportKind): boolean {
  return kind !== 'schedule';
}

/** The kinds this person is offered. */
export function offeredKinds(canSeeFinance: boolean): readonly ImportKind[] {
  return canSeeFinance ? IMPORT_KINDS : IMPORT_KINDS.filter((kind) => !isFinanceKind(kind));
}

/** The kind shown: the one asked for when this person may import it, else the schedule (refused says why). */
export function chooseKind(asked: ImportKind, canSeeFinance: boolean): { kind: ImportKind; refused: boolean } {
  if (offeredKinds(canSeeFinance).includes(asked)) return { kind: asked, refused: false };
  return { kind: 'schedule', refused: true };
}
