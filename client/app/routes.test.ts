import { describe, expect, it } from 'vitest';
import type { ProjectId, WorkspaceId } from '../../shared/ids';
import { formatRoute, inviteUrl, parseRoute } from './routes';

const workspaceId = 'Ws_abcdefgh12345' as WorkspaceId;
const projectId = 'Pr-abcdefgh12345' as ProjectId;

describe('parseRoute', () => {
  it('reads the empty hash and "#/" as the root', () => {
    expect(parseRoute('')).toEqual({ kind: 'root' });
    expect(parseRoute('#/')).toEqual({ kind: 'root' });
  });
  it('reads a workspace and a project board', () => {
    expect(parseRoute(`#/w/${workspaceId}`)).toEqual({ kind: 'workspace', workspaceId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/`)).toEqual({ kind: 'project', workspaceId, projectId });
  });
  it('refuses malformed ids and unknown paths', () => {
    expect(parseRoute('#/w/short').kind).toBe('not-found');
    expect(parseRoute(`#/w/${workspaceId}/x/${projectId}`).kind).toBe('not-found');
    expect(parseRoute('#/w/bad id with spaces').kind).toBe('not-found');
  });
  it('round-trips what formatRoute writes', () => {
    for (const route of [{ kind: 'root' }, { kind: 'workspace', workspaceId }, { kind: 'project', workspaceId, projectId }] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });
});

describe('inviteUrl', () => {
  it('is the full address of the workspace route', () => {
    expect(inviteUrl('https://site.example', '/', workspaceId)).toBe(`https://site.example/#/w/${workspaceId}`);
  });
});
