import { describe, expect, it } from 'vitest';
import { isTypingTarget, undoShortcut, type KeyPress } from './undo-shortcut';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

describe('undoShortcut', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, and Cmd on a Mac', () => {
    expect(undoShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcut(press('y', { ctrlKey: true }))).toBe('redo');
    expect(undoShortcut(press('z', { metaKey: true }))).toBe('undo');
  });
  it('ignores plain letters and Alt combinations', () => {
    expect(undoShortcut(press('z'))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true in text fields and false on buttons, checkboxes and cards', () => {
    expect(isTypingTarget({ tagName: 'input', isContentEditable: false, type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA', isContentEditable: false })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', isContentEditable: false, type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON', isContentEditable: false })).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });
});
