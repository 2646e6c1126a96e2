// The app's routes as a tiny hash router: hash routes work from a static host and from the service
// worker's single cached index.html, and a whole router library would cost more than this file.
import { isId, type ProjectId, type TaskId, type WorkspaceId } from '../../shared/ids';

export type Route =
  | { readonly kind: 'root' }
  | { readonly kind: 'workspace'; readonly workspaceId: WorkspaceId }
  /** `cardId` opens that card on the board (a link from the activity feed). */
  | { readonly kind: 'project'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId; readonly cardId?: TaskId }
  | { readonly kind: 'activity'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'gantt'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  /** `sheet` opens the import on a labour or cost sheet (a link from the labour or cost centre). */
  | { readonly kind: 'import'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId; readonly sheet?: 'labour' | 'costs' }
  | { readonly kind: 'labour'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'costs'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'funds'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'health'; readonly workspaceId: WorkspaceId; readonly projectId: ProjectId }
  | { readonly kind: 'team-health'; readonly workspaceId: WorkspaceId }
  | { readonly kind: 'team'; readonly workspaceId: WorkspaceId }
  | { readonly kind: 'today'; readonly workspaceId: WorkspaceId }
  | { readonly kind: 'claim'; readonly secret: string }
  | { readonly kind: 'join'; readonly link: string }
  | { readonly kind: 'sign-in' }
  | { readonly kind: 'not-found'; readonly hash: string };

/** Claim secrets and link tokens are the relay's own strings: URL-safe, with a dot between id and secret. */
const TOKEN_PATTERN = /^[A-Za-z0-9_.~-]{8,300}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { kind: 'root' };
  const parts = path.split('/');
  const [first, second, third, fourth, fifth, sixth] = parts;
  if (parts.length === 1 && first === 'sign-in') return { kind: 'sign-in' };
  if (parts.length === 2 && (first === 'claim' || first === 'join') && second !== undefined && TOKEN_PATTERN.test(second)) {
    return first === 'claim' ? { kind: 'claim', secret: second } : { kind: 'join', link: second };
  }
  if (first !== 'w' || !isId<'workspace'>(second)) return { kind: 'not-found', hash };
  if (parts.length === 2) return { kind: 'workspace', workspaceId: second };
  if (parts.length === 3 && third === 'team') return { kind: 'team', workspaceId: second };
  if (parts.length === 3 && third === 'today') return { kind: 'today', workspaceId: second };
  if (parts.length === 3 && third === 'health') return { kind: 'team-health', workspaceId: second };
  if (third !== 'p' || !isId<'project'>(fourth)) return { kind: 'not-found', hash };
  if (parts.length === 4) return { kind: 'project', workspaceId: second, projectId: fourth };
  if (parts.length === 5 && fifth === 'activity') return { kind: 'activity', workspaceId: second, projectId: fourth };
  if (parts.length === 5 && fifth === 'gantt') return { kind: 'gantt', workspaceId: second, projectId: fourth };
  if (parts.length === 5 && fifth === 'import') return { kind: 'import', workspaceId: second, projectId: fourth };
  if (parts.length === 6 && fifth === 'import' && (sixth === 'labour' || sixth === 'costs')) return { kind: 'import', workspaceId: second, projectId: fourth, sheet: sixth };
  if (parts.length === 5 && fifth === 'labour') return { kind: 'labour', workspaceId: second, projectId: fourth };
  if (parts.length === 5 && (fifth === 'costs' || fifth === 'funds')) return { kind: fifth, workspaceId: second, projectId: fourth };
  if (parts.length === 5 && fifth === 'health') return { kind: 'health', workspaceId: second, projectId: fourth };
  if (parts.length === 6 && fifth === 'card' && isId<'task'>(sixth)) return { kind: 'project', workspaceId: second, projectId: fourth, cardId: sixth };
  return { kind: 'not-found', hash };
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'root': return '#/';
    case 'workspace': return `#/w/${route.workspaceId}`;
    case 'project': return `#/w/${route.workspaceId}/p/${route.projectId}${route.cardId === undefined ? '' : `/card/${route.cardId}`}`;
    case 'activity': return `#/w/${route.workspaceId}/p/${route.projectId}/activity`;
    case 'gantt': return `#/w/${route.workspaceId}/p/${route.projectId}/gantt`;
    case 'import': return `#/w/${route.workspaceId}/p/${route.projectId}/import${route.sheet === undefined ? '' : `/${route.sheet}`}`;
    case 'labour': return `#/w/${route.workspaceId}/p/${route.projectId}/labour`;
    case 'costs': return `#/w/${route.workspaceId}/p/${route.projectId}/costs`;
    case 'funds': return `#/w/${route.workspaceId}/p/${route.projectId}/funds`;
    case 'health': return `#/w/${route.workspaceId}/p/${route.projectId}/health`;
    case 'team-health': return `#/w/${route.workspaceId}/health`;
    case 'team': return `#/w/${route.workspaceId}/team`;
    case 'today': return `#/w/${route.workspaceId}/today`;
    case 'claim': return `#/claim/${route.secret}`;
    case 'join': return `#/join/${route.link}`;
    case 'sign-in': return '#/sign-in';
    case 'not-found': return route.hash;
  }
}

/** The full link a teammate (or this person's other device) opens to join with a relay link token. */
export function joinUrl(origin: string, pathname: string, link: string): string {
  return `${origin}${pathname}${formatRoute({ kind: 'join', link })}`;
}
