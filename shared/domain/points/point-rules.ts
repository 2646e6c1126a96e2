// The points rules as data, so the settings and leaderboard pages show users exactly what scores.
// Every rule scores a fact that can happen only once: a day's first check-in, a task's FIRST
// completion, a labour record's sign-off. Nothing a person repeats (toggling a task done and back,
// checking in twice, re-signing) scores again, and what a person could make up to finish (tasks) is
// capped per day.
export const POINT_RULES = Object.freeze({
  /** The first check-in of a calendar day of the team. */
  checkIn: 10,
  /** Extra per check-in for each working day of the running streak before it… */
  streakBonusPerDay: 2,
  /** …counting at most this many earlier days (a 6th day in a row and later all get +10). */
  streakBonusMaxDays: 5,
  /** A task whose first completion is on or before its due date, to each assignee at that time… */
  taskOnTime: 20,
  /** …when it was created on an earlier team day than that completion (a task made and finished the
   * same day is not a plan kept), and at most this many such tasks per person per day, so making
   * trivial tasks to finish cannot farm points. */
  taskOnTimeMaxPerDay: 3,
  /** A labour record signed by its next working day, to the signer (one with pay to agree: a record of
   * ¥0 scores nothing)… */
  labourSignedOnTime: 5,
  /** …for at most this many records per signer per day, so making and signing records cannot farm points. */
  labourSignedOnTimeMaxPerDay: 10,
  /** Working days after the record's day a sign-off still counts as on time. */
  labourSignGraceWorkingDays: 1,
});

export type PointRule = 'checkIn' | 'streakBonus' | 'taskOnTime' | 'labourSignedOnTime';
export type PointRules = typeof POINT_RULES;
