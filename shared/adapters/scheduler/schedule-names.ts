import { createHash } from 'node:crypto';
import type { RunScope } from '../../app/pipeline/ports.js';

/**
 * The prefix of a scope's schedule names: `p<length>-<providerId>-` or `e<length>-<employerId>-`.
 * Ids may hold `-`, so the length keeps one scope's prefix from matching another's (`p5-acme1-`
 * never starts `p7-acme1-x-…`).
 */
export const scopePrefix = (scope: NonNullable<RunScope>) =>
  'providerId' in scope
    ? `p${scope.providerId.length}-${scope.providerId}-`
    : `e${scope.employerId.length}-${scope.employerId}-`;

/**
 * A schedule's name: its scope and momentId. Scheduler allows 64 characters; ids of up to 64
 * each can exceed that, so a long name keeps its prefix and ends in a digest of the whole.
 */
export function scheduleName(scope: NonNullable<RunScope>, momentId: string): string {
  const name = `${scopePrefix(scope)}${momentId}`;
  if (name.length <= 64) return name;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, 47)}${digest}`;
}

/** The scope a schedule name belongs to; undefined for a name this service did not make. */
export function scopeOfName(name: string): NonNullable<RunScope> | undefined {
  const m = /^([pe])(\d{1,2})-/.exec(name);
  if (!m) return undefined;
  const id = name.slice(m[0].length, m[0].length + Number(m[2]));
  if (id.length !== Number(m[2]) || name[m[0].length + id.length] !== '-') return undefined;
  return m[1] === 'p' ? { providerId: id } : { employerId: id };
}
