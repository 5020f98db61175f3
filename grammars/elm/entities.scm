; Elm (elm-tooling/tree-sitter-elm). Entities are the top-level declarations; a `let` block's
; definitions are part of their function. A type annotation and its definition are sibling
; nodes that both match, with one kind, and join_adjacent (language.toml) makes them one
; entity. The kind: a function when the annotation's type is an arrow or the definition has
; parameters, a value (`const`) otherwise. When two patterns capture one node, the first
; wins, so the function patterns come first. Nodes that only have to exist are captured too
; (`@_arrow`): without a capture, tree-sitter missed some of the sibling matches.

(module_declaration name: (upper_case_qid) @name) @definition.namespace

; `area : Shape -> Float` with what follows it.
(file
  (type_annotation
    name: (lower_case_identifier) @name
    typeExpression: (type_expression (arrow) @_arrow)) @definition.function)
(file
  (type_annotation typeExpression: (type_expression (arrow) @_arrow))
  .
  (value_declaration
    (function_declaration_left . (lower_case_identifier) @name)) @definition.function)
; A definition with parameters, and the annotation above it (its type may be an alias of a
; function type: `update : Update`). Parameters are matched by position: the grammar's
; `pattern:` field is missing on a parenthesized one (`area (Circle r) = ...`).
(file
  (value_declaration
    (function_declaration_left . (lower_case_identifier) @name . (_))) @definition.function)
(file
  (type_annotation name: (lower_case_identifier) @name) @definition.function
  .
  (value_declaration (function_declaration_left . (lower_case_identifier) . (_) @_parameter)))

(file (type_annotation name: (lower_case_identifier) @name) @definition.const)
(file
  (value_declaration (function_declaration_left . (lower_case_identifier) @name)) @definition.const)

; `port send : String -> Cmd msg`: a function implemented in JavaScript.
(file (port_annotation name: (lower_case_identifier) @name) @definition.function)

; `type Shape = Circle Float | ...` (a custom type, enum-like) and `type alias Point = ...`.
(file (type_declaration name: (upper_case_identifier) @name) @definition.enum)
(file (type_alias_declaration name: (upper_case_identifier) @name) @definition.type)
