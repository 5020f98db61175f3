; SQL: what a `CREATE` statement makes is an entity, named by the object reference it creates
; as written (`users`, `public.users`): tables (their columns are fields under them), views
; and materialized views, indexes, functions, triggers (kind `rule`, shown as `trigger`: an
; event on a table and what it runs), types (`AS ENUM` an enum, a composite `AS (...)` a
; record whose attributes are fields), schemas and sequences. `ALTER`, `COMMENT ON`, `GRANT`
; and data statements are lines of the file, not entities. Functions overload on their
; argument lists (`hstore(text, text)`, `hstore(record)`): the arguments, as written, are the
; overload.

(create_table
  [(keyword_table) (keyword_exists)] . (object_reference) @name) @definition.table

; Columns of a table or a composite type: not the `(...)` that the grammar's error recovery
; makes out of an unknown statement (`CREATE OPERATOR CLASS ... OPERATOR 1 =(int4, int4)`).
(create_table
  [(keyword_table) (keyword_exists)] . (object_reference)
  (column_definitions (column_definition name: (_) @name) @definition.field))
(create_type
  . (keyword_create) . (keyword_type) . (object_reference)
  (column_definitions (column_definition name: (_) @name) @definition.field))

(create_view
  [(keyword_view) (keyword_exists)] . (object_reference) @name) @definition.view
(create_materialized_view
  [(keyword_view) (keyword_exists)] . (object_reference) @name) @definition.view

(create_index column: (identifier) @name) @definition.index

(create_function
  (object_reference) @name
  .
  (function_arguments
    ((function_argument) @overload ("," (function_argument) @overload)*))) @definition.function
(create_function (object_reference) @name . (function_arguments)) @definition.function

(create_trigger
  (keyword_trigger) . (object_reference) @name) @definition.rule

; `CREATE TYPE` read as such, not an unknown `CREATE ACCESS METHOD bloom TYPE INDEX` that
; error recovery ends as a type named `INDEX`.
(create_type
  . (keyword_create) . (keyword_type) . (object_reference) @name (keyword_enum)) @definition.enum
(create_type
  . (keyword_create) . (keyword_type) . (object_reference) @name (column_definitions))
  @definition.record
(create_type
  . (keyword_create) . (keyword_type) . (object_reference) @name) @definition.type

(create_schema
  [(keyword_schema) (keyword_exists)] . (identifier) @name) @definition.namespace

(create_sequence
  [(keyword_sequence) (keyword_exists)] . (object_reference) @name) @definition.variable
