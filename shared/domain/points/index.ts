export * from './check-in';
export * from './point-rules';
export * from './compute-points';
export * from './leaderboard';
export * from './sign-off-facts';
export * from './points-facts';
export * from './check-in-flags';
