// The app's routes as a tiny hash router: hash routes work from a static host and from the service
// worker's single cached index.html, and a whole router library would cost more than this file.
import { isId, type ProjectId, type WorkspaceId } from '../../shared/ids';

export type Route =
  | { readonly kind: 'root' }
  | { readonly kind: 'workspace'; readonly workspaceId: WorkspaceId }
  | { readonly kind: 'project'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'not-found'; readonly hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { kind: 'root' };
  const parts = path.split('/');
  const [w, workspaceId, p, projectId] = parts;
  if (w !== 'w' || !isId<'workspace'>(workspaceId)) return { kind: 'not-found', hash };
  if (parts.length === 2) return { kind: 'workspace', workspaceId };
  if (parts.length === 4 && p === 'p' && isId<'project'>(projectId)) return { kind: 'project', workspaceId, projectId };
  return { kind: 'not-found', hash };
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'root': return '#/';
    case 'workspace': return `#/w/${route.workspaceId}`;
    case 'project': return `#/w/${route.workspaceId}/p/${route.projectId}`;
    case 'not-found': return route.hash;
  }
}

/** The full link a teammate opens to join a workspace. */
export function inviteUrl(origin: string, pathname: string, workspaceId: WorkspaceId): string {
  return `${origin}${pathname}${formatRoute({ kind: 'workspace', workspaceId })}`;
}
