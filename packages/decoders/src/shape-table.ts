// The shape of the field tables the generator writes into ./generated/field-tables.ts.

/**
 * What a field's wire string decodes to. `{ object }` names a nested shape; `{ list }` is a list of strings
 * whose XML element is named `list`; `string-map` is free-form custom data (a string, or a list of strings
 * with custom_keys_multi_values, per key).
 */
export type FieldSpec =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string-map'
  | { readonly object: string }
  | { readonly list: string };

export interface ShapeSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly required: readonly string[];
}

export type ShapeTable = Readonly<Record<string, ShapeSpec>>;
