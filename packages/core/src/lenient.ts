// What a lenient decode gives, and a result typed by whether it was decoded strictly. Without `strict` an item
// the body got wrong is kept with what it has (a required field may be absent) and the problem listed, so its
// type says every field may be absent; with `strict` such an item fails the call and the result is whole.
import type { DataType, DateGroup, ItemOf, ResultKey, SegmentName, StatsResult } from './generated/data-types.ts';

/**
 * An item as decoded without `strict`: any field may be absent, required ones too (a problem says why), and so
 * may the required fields of a nested object, optional or not (a visitor's `first_visit` without its `time`).
 */
export type Lenient<I> = { [K in keyof I]?: LenientValue<I[K]> };

/** A field's value in a lenient item: lists as they are, objects lenient (distributed over `| undefined`). */
type LenientValue<V> = V extends readonly unknown[] ? V : V extends object ? Lenient<V> : V;

/** A result as decoded without `strict`: the requested types, their items lenient. */
export type LenientStatsResult<T extends DataType = DataType, S extends SegmentName = never> = {
  [K in ResultKey<T, S>]: DateGroup<Lenient<ItemOf<K>>>[];
};

/** An item as a client gives it: whole when the client is strict, else lenient (either, for `boolean`). */
export type ClientItem<I, Strict extends boolean> = Strict extends true ? I : Lenient<I>;

/** A result as a client gives it: `StatsResult` when the client is strict, else `LenientStatsResult`. */
export type ClientResult<T extends DataType, S extends SegmentName, Strict extends boolean> = Strict extends true
  ? StatsResult<T, S>
  : LenientStatsResult<T, S>;
