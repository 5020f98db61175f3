; Gleam (gleam-lang/tree-sitter-gleam). Entities are a module's top-level definitions:
; functions (with a body, or external ones: `@external(...)` above `pub fn now() -> Int`),
; constants, custom types (their constructors are part of them) and type aliases. Only the
; top level holds definitions: an anonymous function bound by `let` is part of its function.

(source_file (function name: (identifier) @name) @definition.function)
; `external fn` of Gleam before 0.30.
(source_file (external_function name: (identifier) @name) @definition.function)
(source_file (constant name: (identifier) @name) @definition.const)

; `pub type Shape { Circle(radius: Float) Square(side: Float) }`, opaque or not: a custom type
; is a set of constructors, as Elm's `type` is.
(source_file (type_definition (type_name name: (type_identifier) @name)) @definition.enum)
; `pub type UserId = Int` and `pub type Dynamic` (a type defined by the target, no constructors).
(source_file (type_alias (type_name name: (type_identifier) @name)) @definition.type)
(source_file (external_type (type_name name: (type_identifier) @name)) @definition.type)
