// The stable key that ties an imported row to the task it created, so a re-import updates instead of
// duplicating. Rule: the row's WBS code when it has one ("wbs:1.2.3"); otherwise its normalised name
// (lower case, ASCII widths, no spaces) and how many earlier rows bear the same name ("name:基础开挖#1"),
// so inserting an unrelated row doesn't change the key, and two rows with one name stay two tasks.
export function wbsKey(code: string): string {
  return `wbs:${code}`;
}

export function nameKey(title: string, occurrence: number): string {
  const normalised = title
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
  return `name:${normalised}#${occurrence}`;
}
