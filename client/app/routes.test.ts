import { describe, expect, it } from 'vitest';
import type { ProjectId, TaskId, WorkspaceId } from '../../shared/ids';
import { formatRoute, joinUrl, parseRoute } from './routes';

const workspaceId = 'Ws_abcdefgh12345' as WorkspaceId;
const projectId = 'Pr-abcdefgh12345' as ProjectId;
const cardId = 'Tk_abcdefgh12345' as TaskId;

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
  it('reads the access screens: claim, join, sign-in and the team page', () => {
    expect(parseRoute('#/claim/s3cr3t-Secret_value')).toEqual({ kind: 'claim', secret: 's3cr3t-Secret_value' });
    expect(parseRoute('#/join/AbCdEfGh12.secret-part')).toEqual({ kind: 'join', link: 'AbCdEfGh12.secret-part' });
    expect(parseRoute('#/sign-in')).toEqual({ kind: 'sign-in' });
    expect(parseRoute(`#/w/${workspaceId}/team`)).toEqual({ kind: 'team', workspaceId });
    expect(parseRoute(`#/w/${workspaceId}/today`)).toEqual({ kind: 'today', workspaceId });
  });
  it("reads a project's activity feed and a board opened on one card", () => {
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/activity`)).toEqual({ kind: 'activity', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/card/${cardId}`)).toEqual({ kind: 'project', workspaceId, projectId, cardId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/card/bad`).kind).toBe('not-found');
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/history`).kind).toBe('not-found');
  });
  it("reads a project's Gantt chart", () => {
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/gantt`)).toEqual({ kind: 'gantt', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/gantt/extra`).kind).toBe('not-found');
  });
  it("reads a project's cost centre and funds centre", () => {
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/costs`)).toEqual({ kind: 'costs', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/funds`)).toEqual({ kind: 'funds', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/costs/x`).kind).toBe('not-found');
  });
  it("reads a project's health page and the team's health page", () => {
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/health`)).toEqual({ kind: 'health', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/health`)).toEqual({ kind: 'team-health', workspaceId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/health/x`).kind).toBe('not-found');
    expect(parseRoute(`#/w/${workspaceId}/health/x`).kind).toBe('not-found');
  });
  it("reads a project's import page", () => {
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/import`)).toEqual({ kind: 'import', workspaceId, projectId });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/import/x`).kind).toBe('not-found');
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/import/labour`)).toEqual({ kind: 'import', workspaceId, projectId, sheet: 'labour' });
    expect(parseRoute(`#/w/${workspaceId}/p/${projectId}/import/costs`)).toEqual({ kind: 'import', workspaceId, projectId, sheet: 'costs' });
  });
  it('refuses claim and join routes without a well-formed token', () => {
    expect(parseRoute('#/claim').kind).toBe('not-found');
    expect(parseRoute('#/join/short').kind).toBe('not-found');
    expect(parseRoute('#/join/has space here').kind).toBe('not-found');
  });
  it('round-trips what formatRoute writes', () => {
    for (const route of [
      { kind: 'root' }, { kind: 'workspace', workspaceId }, { kind: 'project', workspaceId, projectId }, { kind: 'team', workspaceId }, { kind: 'today', workspaceId },
      { kind: 'activity', workspaceId, projectId }, { kind: 'project', workspaceId, projectId, cardId }, { kind: 'gantt', workspaceId, projectId }, { kind: 'import', workspaceId, projectId },
      { kind: 'import', workspaceId, projectId, sheet: 'costs' }, { kind: 'costs', workspaceId, projectId }, { kind: 'funds', workspaceId, projectId },
      { kind: 'health', workspaceId, projectId }, { kind: 'team-health', workspaceId },
      { kind: 'claim', secret: 'secret-1234' }, { kind: 'join', link: 'link.1234-abcd' }, { kind: 'sign-in' },
    ] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });
});

describe('joinUrl', () => {
  it('is the full address of the join route for a relay link', () => {
    expect(joinUrl('https://site.example', '/', 'abc.def-123')).toBe('https://site.example/#/join/abc.def-123');
  });
});
