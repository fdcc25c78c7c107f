// The two kinds of entry decodeItems hands out: a date group's opening and an item (see decode-items.ts).
/** A date group opening, in the body's order: its items follow. A group with no items is only this. */
export interface GroupEntry<K extends string = string> {
  readonly kind: 'group';
  /** The type (or, for segmentation, the segment) the group is of. */
  readonly type: K;
  /** The label as the API sent it: YYYY-MM-DD, or START,END for a range. */
  readonly date: string;
  /** First day of the group (YYYY-MM-DD). */
  readonly start: string;
  /** Last day of the group (YYYY-MM-DD); equals start for one day. */
  readonly end: string;
}

/** An item, typed as `decode` types it, of the group opened last. */
export interface ItemEntry<K extends string = string, I = Record<string, unknown>> {
  readonly kind: 'item';
  readonly type: K;
  /** Its group's label. */
  readonly date: string;
  readonly item: I;
}
