; TOML: tables (`[package]`, `[tool.black]`) and array tables (`[[bin]]`) are sections named by
; their header as written; every key/value pair is a key, named by its key as written
; (`a.b = 1` is the key `a.b`). A table's pairs nest under it and the pairs of an inline table
; under their key: `[dependencies]` + `serde = { version = "1" }` gives
; `dependencies.serde.version`. Tables follow each other in the grammar, so `[a.b]` is not
; nested under `[a]`: its name is the path. The elements of an array table (`[[bin]]` twice)
; share one name and are told apart by their ordinals.

(table . [(bare_key) (quoted_key) (dotted_key)] @name) @definition.section
(table_array_element . [(bare_key) (quoted_key) (dotted_key)] @name) @definition.section

(pair . [(bare_key) (quoted_key) (dotted_key)] @name) @definition.key
