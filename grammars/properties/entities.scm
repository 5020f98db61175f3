; Java properties: every `key = value` (or `key: value`, `key value`) is an entity of kind
; `key`, named by its key as written, escapes included (`key\ with\ spaces`). Properties
; files have no sections: every key is at the top level, and its dots are part of its name.

(property (key) @name) @definition.key
