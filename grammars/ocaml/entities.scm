; OCaml (tree-sitter/tree-sitter-ocaml), for .ml files; .mli files (the ocaml_interface
; grammar, same node types) read this query too. Entities are the items of the file, of
; modules (`struct ... end`) and of signatures (`sig ... end`): let bindings, types,
; exceptions, modules (functors included), module types, classes and their members. A `let`
; inside an expression (`let x = ... in`) is part of its function.
;
; `let f = ...` is captured whole (keyword and attributes included). `let rec f = ... and
; g = ...` gives one entity per binding, each spanning its own binding; the same for
; `type a = ... and b = ...`.
;
; A binding is a function when it has parameters or its body is `fun`/`function`; any
; other named binding is a value (`const`: OCaml values are immutable; a `ref` is a value
; holding a mutable cell). `let () = ...` and `let _ = ...` name nothing and stay in the file.

; let f x = ... (one binding)
[(compilation_unit
   (value_definition
     . [(attribute) (attribute_id)]? .
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] .) @definition.function)
 (structure
   (value_definition
     . [(attribute) (attribute_id)]? .
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] .) @definition.function)]

; let x = ... (one binding)
([(compilation_unit
   (value_definition
     . [(attribute) (attribute_id)]? .
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) .) @definition.const)
 (structure
   (value_definition
     . [(attribute) (attribute_id)]? .
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) .) @definition.const)]
 (#not-eq? @name "_"))

; let rec f x = ... and g y = ...: each binding that has another before or after it.
[(compilation_unit
   (value_definition
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] @definition.function
     (let_binding)))
 (compilation_unit
   (value_definition
     (let_binding)
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] @definition.function))
 (structure
   (value_definition
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] @definition.function
     (let_binding)))
 (structure
   (value_definition
     (let_binding)
     [(let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)] (parameter))
      (let_binding
        pattern: [(value_name) @name (parenthesized_operator (_) @name)]
        body: [(fun_expression) (function_expression)])] @definition.function))]
[(compilation_unit
   (value_definition
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) @definition.const
     (let_binding)))
 (compilation_unit
   (value_definition
     (let_binding)
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) @definition.const))
 (structure
   (value_definition
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) @definition.const
     (let_binding)))
 (structure
   (value_definition
     (let_binding)
     (let_binding pattern: [(value_name) @name (parenthesized_operator (_) @name)]) @definition.const))]

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
