// What every entry point does with its request before the engine sees it: refuse what it does not know (a misspelt
// flag must never be dropped silently), check the district, and never echo bad input back in full.
import { DISTRICTS, type DistrictId, isOneOf, MEETINGS, type MeetingId } from './ids';
import { RuleEngineError } from './errors';

/** How much of a bad value an error message may quote back. */
export const ECHO_LIMIT = 24;

/** A short, safe rendering of a bad value for an error message: at most ECHO_LIMIT characters, then "…". */
export function preview(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === undefined) return '（缺失）';
  else if (typeof value === 'bigint') text = value.toString();
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  // ASCII quotes, as in the request itself: Chinese quotation marks are kept for the rulebooks' own words.
  const chars = Array.from(text.slice(0, ECHO_LIMIT * 2));
  return chars.length > ECHO_LIMIT || text.length > ECHO_LIMIT * 2
    ? `${JSON.stringify(chars.slice(0, ECHO_LIMIT).join(''))}…`
    : JSON.stringify(text);
}

/** The district of a request, or UNKNOWN_DISTRICT. There is no default district. */
export function districtOf(value: unknown): DistrictId {
  if (!isOneOf(DISTRICTS, value)) {
    throw new RuleEngineError(
      'UNKNOWN_DISTRICT',
      value === undefined ? '（缺少 district）' : `（district=${preview(value)}）`,
    );
  }
  return value;
}

/**
 * Refuse fields an entry point does not know. A library caller that spreads an object with a misspelt flag
 * (`formalExternalAgreemnt`) gets INVALID_REQUEST naming it, exactly as the CLI does.
 */
export function assertKnownFields(request: object, known: ReadonlySet<string>, where = '请求'): void {
  for (const key in request) {
    if (!known.has(key)) {
      throw new RuleEngineError('INVALID_REQUEST', `（${where}中有未知字段 ${preview(key)}）`);
    }
  }
}

/** The district of a library request, after its fields are checked. */
export function checkedRequest<T extends { district: DistrictId }>(
  request: T,
  known: ReadonlySet<string>,
  where?: string,
): DistrictId {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new RuleEngineError('INVALID_REQUEST', '（请求须为对象）');
  }
  assertKnownFields(request, known, where);
  return districtOf(request.district);
}

/** The field names of a request type, checked by the compiler against the type (no field missing, none extra). */
export const fieldsOf = <T>(fields: { [K in keyof Required<T>]: true }): ReadonlySet<string> =>
  new Set(Object.keys(fields));

/** The district and meeting of a library call, checked (there is no default for either). */
export function checkedMeeting(district: unknown, meeting: unknown): [DistrictId, MeetingId] {
  const d = districtOf(district);
  if (!isOneOf(MEETINGS, meeting)) {
    throw new RuleEngineError('UNKNOWN_MEETING', `（meeting=${preview(meeting)}）`);
  }
  return [d, meeting];
}
