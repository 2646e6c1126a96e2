// Assignee names from a file matched to workspace members: same name ignoring case, spaces and
// full-width letters. Names no member has are listed once each, in file order.
export interface MemberName {
  readonly id: string;
  readonly name: string;
}

export function normaliseName(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

export function matchMembers(names: readonly string[], members: readonly MemberName[]): { ids: ReadonlyMap<string, string>; unknown: readonly string[] } {
  const byName = new Map<string, string>();
  for (const member of members) if (!byName.has(normaliseName(member.name))) byName.set(normaliseName(member.name), member.id);
  const ids = new Map<string, string>();
  const unknown = new Set<string>();
  for (const name of names) {
    if (ids.has(name) || unknown.has(name)) continue;
    const id = byName.get(normaliseName(name));
    if (id === undefined) unknown.add(name);
    else ids.set(name, id);
  }
  return { ids, unknown: [...unknown] };
}

/** The first member whose name matches, as the importer matches them (a kept name finding its member later). */
export function findMemberByName<M extends MemberName>(name: string, members: Iterable<M>): M | undefined {
  const wanted = normaliseName(name);
  for (const member of members) if (normaliseName(member.name) === wanted) return member;
  return undefined;
}
