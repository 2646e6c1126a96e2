// A daily check-in (打卡): an immutable fact stored as one plain value in the workspace room.
import type { UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';

export const MAX_CHECK_IN_NOTE_LENGTH = 500;
export const MAX_SITE_NAME_LENGTH = 100;

export interface CheckIn {
  readonly userId: UserId;
  /** The team's calendar day the device believed it was; shown, but points recompute it from `at`. */
  readonly day: IsoDay;
  /** Epoch ms of the real check-in: a late check-in keeps its real time. */
  readonly at: number;
  /** What I will do today; may be empty. */
  readonly note: string;
  /** Which site, as text (no photo, no location); may be empty. */
  readonly siteName: string;
}
