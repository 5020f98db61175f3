; F# (ionide/tree-sitter-fsharp). Entities are namespaces and modules (a file's `module X`
; and nested `module Y =`), `let` functions and values, types (unions, records, classes,
; interfaces, enums, abbreviations, delegates) with their record fields and members, and
; exceptions. A namespace or module encloses what follows it, so names are qualified
; (`Fable.PowerPack.Promise.map`); what a `let` declares in its body is part of it
; (local_scopes). Overloaded members share a name and are told apart by their order.

(namespace "namespace" @label name: (_) @name) @definition.namespace
(named_module "module" @label name: (_) @name) @definition.namespace
(module_defn "module" @label . (identifier) @name) @definition.namespace

; `let f x = ...` (a function), `let mutable x = ...` (a variable), `let x = ...` (a value).
(function_or_value_defn
  (function_declaration_left (identifier) @name)
  body: (_) @body) @definition.function
(function_or_value_defn
  (value_declaration_left "mutable" (identifier_pattern . (long_identifier_or_op) @name))) @definition.variable
(function_or_value_defn
  (value_declaration_left (identifier_pattern . (long_identifier_or_op) @name))) @definition.const

; Types. `type Shape = | Circle of float | ...` (a union), `type Point = { X: int }` (a
; record), `type Counter(start) = ...` (a class), interfaces, enums, abbreviations.
; `type Meters = float` reads as a union of one case named `float`: one case without `of`
; and without `|` is an abbreviation.
(union_type_defn
  (type_name type_name: (_) @name)
  block: (union_type_cases . (union_type_case . (identifier) .) .) @_cases
  (#not-match? @_cases "[|]")) @definition.type
(union_type_defn (type_name type_name: (_) @name)) @definition.union
(record_type_defn (type_name type_name: (_) @name)) @definition.record
(interface_type_defn (type_name type_name: (_) @name)) @definition.interface
(enum_type_defn (type_name type_name: (_) @name)) @definition.enum
(anon_type_defn (type_name type_name: (_) @name)) @definition.class
[(type_abbrev_defn (type_name type_name: (_) @name))
 (delegate_type_defn (type_name type_name: (_) @name))] @definition.type
(exception_definition exception_name: (_) @name) @definition.struct

(record_field . (identifier) @name) @definition.field

; Members: `member this.Area() = ...` (a method: it takes arguments), `member _.Count = ...` (a
; property), `static member Zero = ...`, `abstract Area: unit -> float`, `new(x) = ...`.
(member_defn
  (method_or_prop_defn
    name: [(property_or_ident method: (_) @name) (property_or_ident . (identifier) @name .)]
    args: (_))) @definition.method
(member_defn
  (method_or_prop_defn
    name: [(property_or_ident method: (_) @name) (property_or_ident . (identifier) @name .)])) @definition.property
(member_defn (member_signature . (identifier) @name)) @definition.method
(member_defn (additional_constr_defn "new" @name)) @definition.constructor
