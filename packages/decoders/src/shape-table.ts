// The shape of the field tables the generator writes into ./generated/field-tables.ts.

/** What a field's wire string decodes to; `{ object }` names a nested shape. */
export type FieldSpec = 'string' | 'integer' | 'number' | 'boolean' | 'string-list' | 'string-map' | { readonly object: string };

export interface ShapeSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly required: readonly string[];
}

export type ShapeTable = Readonly<Record<string, ShapeSpec>>;
