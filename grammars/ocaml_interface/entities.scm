; OCaml interfaces (.mli, the ocaml_interface grammar). Entities are the items of the file
; and of signatures (`sig ... end`): value specifications (`val`, `external`), types,
; exceptions, modules (functors included), module types, classes and their members. The
; patterns are those of the ocaml query for the same items; an interface has no `let`.
;
; A `val` is a function when its type is an arrow, a value (`const`) otherwise.
; `type a = ... and b = ...` gives one entity per type.

; val f : int -> int (in a signature or a .mli) and external f : ... = "c_name".
(value_specification
  [(value_name) @name (parenthesized_operator (_) @name)]
  type: (function_type)) @definition.function
(value_specification
  [(value_name) @name (parenthesized_operator (_) @name)]) @definition.const
(external [(value_name) @name (parenthesized_operator (_) @name)]) @definition.function

; Types: a record, a variant (enum-like), anything else (abbreviations, abstract types).
; `type t += C` extends a type defined elsewhere and names nothing new.
(type_definition
  .
  (type_binding name: (type_constructor) @name body: (record_declaration))
  .) @definition.record
(type_definition
  .
  (type_binding name: (type_constructor) @name body: (variant_declaration))
  .) @definition.enum
(type_definition . (type_binding name: (type_constructor) @name) .) @definition.type
(type_definition
  (type_binding name: (type_constructor) @name body: (record_declaration)) @definition.record
  (type_binding))
(type_definition
  (type_binding)
  (type_binding name: (type_constructor) @name body: (record_declaration)) @definition.record)
(type_definition
  (type_binding name: (type_constructor) @name body: (variant_declaration)) @definition.enum
  (type_binding))
(type_definition
  (type_binding)
  (type_binding name: (type_constructor) @name body: (variant_declaration)) @definition.enum)
(type_definition
  (type_binding name: (type_constructor) @name) @definition.type
  (type_binding))
(type_definition
  (type_binding)
  (type_binding name: (type_constructor) @name) @definition.type)

(exception_definition (constructor_declaration . (constructor_name) @name)) @definition.struct

; Modules, functors (`module Make (X : S) = struct ... end`) and module aliases; their items
; nest under them. `module rec A ... and B ...`: one entity per module.
(module_definition . (module_binding . (module_name) @name) .) @definition.namespace
(module_definition
  (module_binding . (module_name) @name) @definition.namespace
  (module_binding))
(module_definition
  (module_binding)
  (module_binding . (module_name) @name) @definition.namespace)

(module_type_definition (module_type_name) @name) @definition.interface

; Classes (`class counter init = object ... end`) and class types (`class type c = object
; ... end`), with their methods and instance variables.
(class_definition . (class_binding (class_name) @name) .) @definition.class
(class_definition (class_binding (class_name) @name) @definition.class (class_binding))
(class_definition (class_binding) (class_binding (class_name) @name) @definition.class)
(class_type_definition . (class_type_binding (class_type_name) @name) .) @definition.class
(class_type_definition
  (class_type_binding (class_type_name) @name) @definition.class
  (class_type_binding))
(class_type_definition
  (class_type_binding)
  (class_type_binding (class_type_name) @name) @definition.class)
[(method_definition (method_name) @name)
 (method_specification (method_name) @name)] @definition.method
[(instance_variable_definition (instance_variable_name) @name)
 (instance_variable_specification (instance_variable_name) @name)] @definition.field
