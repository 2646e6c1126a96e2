// The one typed gateway to the documents: readers validate, named commands are the only writers.
export * from './room-name';
export * from './meta';
export * from './workspace-types';
export { readWorkspace, readMember, readProjectSummary } from './workspace-read';
export * from './workspace-commands';
export { WORKSPACE_ROOT_NAMES, type WorkspaceRootName } from './workspace-roots';
export * from './project-types';
export { readProject, readColumn, readTask, readComment } from './project-read';
export { PROJECT_ROOT_NAMES, type ProjectRootName } from './project-roots';
export * from './column-commands';
export * from './task-commands';
export * from './checklist-commands';
export * from './comment-commands';
export * from './observe';
export * from './undo';
export { MAX_TITLE_LENGTH, MAX_NAME_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_COMMENT_LENGTH, MAX_WIP_LIMIT } from './limits';
export { attributeUpdate, type RecordChange } from './update-attribution';
