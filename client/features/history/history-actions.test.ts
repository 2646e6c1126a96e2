import { describe, expect, it } from 'vitest';
import { translate, type Language } from '../../i18n/language';
import { actionMessage, actionsForFields, describeActions } from './history-actions';

const words = (fields: readonly string[]) => actionsForFields(fields).map((action) => actionMessage(action).key);

function phrase(language: Language, fields: readonly string[]): string {
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return describeActions(actionsForFields(fields), (key, params) => translate(language, key, params), (items) => list.format(items));
}

describe('actionsForFields', () => {
  it('names each edited field and keeps updatedAt silent', () => {
    expect(words(['title', 'updatedAt'])).toEqual(['history.changedTitle']);
    expect(words(['description', 'dueDate', 'priority', 'updatedAt'])).toEqual(['history.editedDescription', 'history.changedDueDate', 'history.changedPriority']);
    expect(words(['assignees', 'tags', 'checklist'])).toEqual(['history.changedAssignees', 'history.changedTags', 'history.updatedChecklist']);
  });

  it('reads a column change or a rank alone as one move', () => {
    expect(words(['columnId', 'rank', 'updatedAt'])).toEqual(['history.moved']);
    expect(words(['rank', 'updatedAt'])).toEqual(['history.moved']);
  });

  it('ignores a rank that comes with another edit', () => {
    expect(words(['rank', 'title', 'updatedAt'])).toEqual(['history.changedTitle']);
  });

  it('says nothing for a change to updatedAt alone', () => {
    expect(actionsForFields(['updatedAt'])).toEqual([]);
  });

  it('names a field this build has no words for', () => {
    expect(actionsForFields(['estimate'])).toEqual([{ kind: 'other', field: 'estimate' }]);
    expect(phrase('en', ['estimate'])).toBe('changed “estimate”');
  });
});

describe('describeActions', () => {
  it('joins the actions the way each language lists things', () => {
    expect(phrase('en', ['title', 'description', 'columnId'])).toBe('changed the title, edited the description, and moved the card');
    expect(phrase('zh-CN', ['title', 'description'])).toBe('修改了标题和编辑了描述');
  });
});
