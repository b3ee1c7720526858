// Code that a TypeScript client of the MGBI API would write against the types that
// openapi-typescript generates from openapi.yaml. `make ts-check` fails when a change to the spec
// breaks it, so the spec stays usable outside Python.
import type { components, operations } from './generated/mgbi-api';

type Schemas = components['schemas'];
type KrsWpRecord = Schemas['KrsWpRecord'];
type Limits = Schemas['Limits'];
type RefreshOrder = Schemas['RefreshOrder'];
type CreateRefreshRequest = Schemas['CreateRefreshRequest'];

type KrsRecordsQuery = NonNullable<operations['krs_wp_get_records']['parameters']['query']>;
type KrsRecordsPage =
  operations['krs_wp_get_records']['responses'][200]['content']['application/json'];
type GetRefreshResponse = operations['get_refresh']['responses'][200]['content']['application/json'];

/** Build the query of Get Records for the newest version of one company, with full extracts. */
export function latestKrsQuery(krsNumber: string): KrsRecordsQuery {
  return {
    'identifiers.pl_krs': krsNumber,
    'version.latest': true,
    content: ['identifiers', 'content.current_excerpt'],
    page: 1,
    per_page: 20,
  };
}

/** Describe a KRS record in one line: its id, KRS number and the kind of its current extract. */
export function describeKrsRecord(record: KrsWpRecord): string {
  const krsNumber = record.identifiers?.pl_krs ?? 'no KRS number';
  const extractKind = record.content?.current_excerpt?.rodzaj ?? 'no current extract';
  const latest = record.version?.latest === true ? 'latest' : 'older version';
  return `${record.id} (${krsNumber}, ${extractKind}, ${latest})`;
}

/** Return the records of a page whose current extract is present. */
export function recordsWithExtract(page: KrsRecordsPage): KrsWpRecord[] {
  return page.results.filter((record) => record.content?.current_excerpt != null);
}

/** Build the body of Create Refresh for one NIP in an on-demand model. */
export function refreshByNip(model: string, nip: string): CreateRefreshRequest {
  return { query: { model, 'identifiers.pl_nip': nip } };
}

/** Tell whether a refresh order is done: its finish time is set or its status left `pending`. */
export function isRefreshFinished(order: GetRefreshResponse): boolean {
  if (order.finish_datetime != null) {
    return true;
  }
  return order.status != null && order.status !== 'pending';
}

/** Return how many calls of one counter are left, or undefined when the server sent no limit. */
export function remainingQuota(limits: Limits, counter: string): number | undefined {
  const max = limits.max[counter];
  if (max === undefined) {
    return undefined;
  }
  return max - (limits.used[counter] ?? 0);
}

/** Pick the counters that are used up, so a caller can stop before the server rejects a call. */
export function exhaustedCounters(limits: Limits): string[] {
  return Object.keys(limits.max).filter((counter) => (remainingQuota(limits, counter) ?? 1) <= 0);
}

// The spec's `required` lists must survive into the types: each line below fails to compile
// when a required property becomes optional.
// @ts-expect-error A record needs its `id`.
export const recordWithoutId: KrsWpRecord = { identifiers: null };
// @ts-expect-error A refresh order needs its `id`.
export const orderWithoutId: RefreshOrder = { status: 'pending' };
// @ts-expect-error The limits need both `max` and `used`.
export const limitsWithoutUsed: Limits = { max: { api: 1000 } };
