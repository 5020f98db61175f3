; Haskell (tree-sitter/tree-sitter-haskell). Entities are the module header and the
; declarations of the module, of type classes and of instances; bindings in `where` and `let`
; are part of their function. A type signature and each equation of a function are separate
; nodes that all match; join_adjacent (language.toml) makes one entity of a signature and the
; equations right after it.

(header module: (module) @name) @definition.namespace

; Functions and values: `f :: ...`, `f x = ...` (function), `x = ...` (bind), operators
; (`(<+>) :: ...`, `x <+> y = ...`, ``x `plus` y = ...``). All are `function`: a signature
; does not tell a value from a point-free function, and they must share a kind to be joined.
(declarations
  (signature names: (binding_list . (_) @name . (_) @name.n2 . (_) @name.n3)) @definition.function)
(declarations
  (signature names: (binding_list . (_) @name . (_) @name.n2 .)) @definition.function)
(declarations
  [(signature name: [(variable) @name (prefix_id (_) @name)])
   (function name: [(variable) @name (prefix_id (_) @name)])
   (function (infix operator: [(operator) @name (infix_id (_) @name)]))
   (bind name: [(variable) @name (prefix_id (_) @name)])] @definition.function)

(declarations
  (foreign_import signature: (signature name: [(variable) @name (prefix_id (_) @name)])) @definition.function)

; Types: `data` (an algebraic type, enum-like), `newtype` (one wrapped value), `type`
; synonyms and families.
(declarations (data_type name: (_) @name) @definition.enum)
(declarations (newtype name: (_) @name) @definition.struct)
(declarations
  [(type_synomym name: (_) @name)
   (type_family name: (_) @name)
   (data_family name: (_) @name)] @definition.type)
; `type instance F Int = Bool` and `data instance F Int = ...`: named with their patterns.
(declarations
  [(type_instance name: (_) @name patterns: (type_patterns) @name.type)
   (data_instance (data_type name: (_) @name patterns: (type_patterns) @name.type))] @definition.type)

; Type classes, with their method signatures, default equations and associated types.
(declarations (class name: (_) @name) @definition.trait)
(class_declarations
  [(signature name: [(variable) @name (prefix_id (_) @name)])
   (function name: [(variable) @name (prefix_id (_) @name)])
   (function (infix operator: [(operator) @name (infix_id (_) @name)]))
   (bind name: [(variable) @name (prefix_id (_) @name)])] @definition.method)
(class_declarations
  [(type_family name: (_) @name)
   (data_family name: (_) @name)] @definition.type)

; Instances, named `Show Shape` / `Show (Tree a)`: a class has many.
(declarations
  [(instance name: (_) @name patterns: (type_patterns) @name.type)
   (deriving_instance name: (_) @name patterns: (type_patterns) @name.type)] @definition.impl)
(instance_declarations
  [(signature name: [(variable) @name (prefix_id (_) @name)])
   (function name: [(variable) @name (prefix_id (_) @name)])
   (function (infix operator: [(operator) @name (infix_id (_) @name)]))
   (bind name: [(variable) @name (prefix_id (_) @name)])] @definition.method)
