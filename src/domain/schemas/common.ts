import { Type } from 'typebox';
import { LANGUAGES } from '../languages.js';
import { PICTOGRAMS } from '../pictograms.js';
import {
  BRANCH_ID_PATTERN,
  DATE_PATTERN,
  DISPLAY_TEXT_PATTERN,
  MAX_PLACE,
  MEDIA_NAME_PATTERN,
  MEDIA_PATH_PATTERN,
  ROW_ID_PATTERN,
  SLUG_PATTERN,
  STAFF_ROLES,
  TIME_PATTERN,
  USERNAME_PATTERN,
  VIDEO_PATH_PATTERN,
} from './rules.js';

/** A guide, category or topic id. */
export const Slug = Type.String({ pattern: SLUG_PATTERN });
export const BranchId = Type.String({ pattern: BRANCH_ID_PATTERN });
export const Username = Type.String({ pattern: USERNAME_PATTERN });
export const MediaName = Type.String({ pattern: MEDIA_NAME_PATTERN });
export const MediaPath = Type.String({ pattern: MEDIA_PATH_PATTERN });
export const VideoPath = Type.String({ pattern: VIDEO_PATH_PATTERN });
export const DateString = Type.String({ pattern: DATE_PATTERN });
export const TimeOfDay = Type.String({ pattern: TIME_PATTERN });
/** A guide's or category's place in its list (see isPlace). */
export const Place = Type.Integer({ minimum: 0, maximum: MAX_PLACE });

/** Text staff write for visitors to read, up to `maxLength` characters (see DISPLAY_TEXT_PATTERN). */
export function DisplayText(maxLength: number, minLength = 0) {
  return Type.String({ minLength, maxLength, pattern: DISPLAY_TEXT_PATTERN });
}

/** A shipped language's code. */
export const Lang = Type.Enum(LANGUAGES.map((l) => l.code));

/** A category's pictogram: one of the closed list the kiosk can draw, by its exact name. */
export const PictogramName = Type.Enum(PICTOGRAMS);

/** Path parameters arrive as text and are never coerced: checked as digits, then read as numbers. */
export const RowIdParams = Type.Object({ id: Type.String({ pattern: ROW_ID_PATTERN }) });

/** A guide's id in the address. */
export const GuideParams = Type.Object({ id: Slug });

export const StaffRoleSchema = Type.Enum(STAFF_ROLES);

/** The status an editor gives a translation. */
export const TextStatus = Type.Union([Type.Literal('draft'), Type.Literal('reviewed')]);
