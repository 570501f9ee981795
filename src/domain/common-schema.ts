import { z } from 'zod';
import './plain-messages';
import { TRACKS } from './tracks';

// Bounds keep a hostile file from exhausting memory during validation; they are far above
// anything a real interview produces.
export const MAX_ID_LENGTH = 200;
export const MAX_SHORT_TEXT = 1_000;
export const MAX_LONG_TEXT = 100_000;
export const MAX_LIST = 200_000;

export const idSchema = z
  .string()
  .min(1, 'must be a non-empty id')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

export const shortTextSchema = z.string().max(MAX_SHORT_TEXT);
export const longTextSchema = z.string().max(MAX_LONG_TEXT);

/** An ISO 8601 date-time, as `Date#toISOString()` writes it (an offset is accepted too). */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time',
});

export { TRACKS, type Track } from './tracks';
export const trackSchema = z.enum(TRACKS);
