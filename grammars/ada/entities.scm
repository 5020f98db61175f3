; Ada (briot/tree-sitter-ada). Entities are packages (specifications and bodies, generic or
; not, and their instantiations), subprograms (declarations, bodies, expression functions,
; renamings, stubs), types and subtypes, record components, objects and constants,
; exceptions, tasks, protected types and objects with their entries. A package's declarations
; are its children (`Pools.Get`); what a subprogram body declares is part of it (local_scopes).
; The word shown is the declaration's own keyword (`procedure`, `function`, `entry`, `task`,
; `protected`), captured as @label.

; Packages. `package body X is ... end X;` has the spec's name: both are namespace `X`, each
; in its own file (.ads, .adb).
(package_declaration name: (_) @name) @definition.namespace
(package_body name: (_) @name) @definition.namespace
(generic_instantiation . "package" @label name: (_) @name) @definition.namespace
(package_renaming_declaration . "package" @label (_) @name) @definition.namespace
(package_body_stub (_) @name) @definition.namespace

; A subunit, `separate (Parent) procedure Q is ...`, is a body of Parent's stub Q.
(subunit parent_unit_name: (_) @scope
  (subprogram_body
    [(procedure_specification "procedure" @label name: (_) @name)
     (function_specification "function" @label name: (_) @name)]) @definition.function)

; Subprograms. Overloads (`Append (Source : in out Unbounded_String; New_Item : String)` and
; `Append (...; New_Item : Character)`) are named by their parameters' subtypes; a parameter
; without a subtype mark (an `access` parameter) falls to the later pattern, which names the
; subprogram alone. A body's local declarations start its body, else its statements do.

(subprogram_body (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))
  (non_empty_declarative_part) @body) @definition.function
(subprogram_body (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))
  (handled_sequence_of_statements) @body) @definition.function
(subprogram_declaration (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(subprogram_renaming_declaration (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(generic_subprogram_declaration (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(body_stub (subprogram_body_stub (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")")))) @definition.function
(subprogram_body (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))
  (non_empty_declarative_part) @body) @definition.function
(subprogram_body (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))
  (handled_sequence_of_statements) @body) @definition.function
(subprogram_declaration (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(subprogram_renaming_declaration (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(generic_subprogram_declaration (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(body_stub (subprogram_body_stub (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")")))) @definition.function
(null_procedure_declaration (procedure_specification "procedure" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(expression_function_declaration (function_specification "function" @label name: (_) @name
      (formal_part "(" [(parameter_specification subtype_mark: (_) @overload) ";" (comment)]* ")"))) @definition.function
(subprogram_body (procedure_specification "procedure" @label name: (_) @name)
  (non_empty_declarative_part) @body) @definition.function
(subprogram_body (procedure_specification "procedure" @label name: (_) @name)
  (handled_sequence_of_statements) @body) @definition.function
(subprogram_declaration (procedure_specification "procedure" @label name: (_) @name)) @definition.function
(subprogram_renaming_declaration (procedure_specification "procedure" @label name: (_) @name)) @definition.function
(generic_subprogram_declaration (procedure_specification "procedure" @label name: (_) @name)) @definition.function
(body_stub (subprogram_body_stub (procedure_specification "procedure" @label name: (_) @name))) @definition.function
(subprogram_body (function_specification "function" @label name: (_) @name)
  (non_empty_declarative_part) @body) @definition.function
(subprogram_body (function_specification "function" @label name: (_) @name)
  (handled_sequence_of_statements) @body) @definition.function
(subprogram_declaration (function_specification "function" @label name: (_) @name)) @definition.function
(subprogram_renaming_declaration (function_specification "function" @label name: (_) @name)) @definition.function
(generic_subprogram_declaration (function_specification "function" @label name: (_) @name)) @definition.function
(body_stub (subprogram_body_stub (function_specification "function" @label name: (_) @name))) @definition.function
(null_procedure_declaration (procedure_specification "procedure" @label name: (_) @name)) @definition.function
(expression_function_declaration (function_specification "function" @label name: (_) @name)) @definition.function
(generic_instantiation . ["procedure" "function"] @label name: (_) @name) @definition.function

; Entries of tasks and protected types, and their bodies.
(entry_declaration "entry" @label entry_name: (_) @name) @definition.method
(entry_body "entry" @label . (identifier) @name) @definition.method

; Tasks and protected types and objects, their bodies and body stubs: `task`, `protected`.
(full_type_declaration
  [(task_type_declaration "task" @label . (identifier) @name)
   (protected_type_declaration "protected" @label . (identifier) @name)]) @definition.class
(object_declaration
  [(single_task_declaration "task" @label . (identifier) @name)
   (single_protected_declaration "protected" @label . (identifier) @name)]) @definition.class
[(task_body "task" @label . (identifier) @name)
 (protected_body "protected" @label . (identifier) @name)] @definition.class
(body_stub
  [(task_body_stub "task" @label . (identifier) @name)
   (protected_body_stub "protected" @label . (identifier) @name)]) @definition.class

; Types: records (tagged or not, and type extensions `new Parent with record`), enumerations,
; interfaces, and every other type; private types and subtypes.
(full_type_declaration . "type" (identifier) @name (record_type_definition)) @definition.record
(full_type_declaration . "type" (identifier) @name
  (derived_type_definition (record_extension_part (record_definition)))) @definition.record
(full_type_declaration . "type" (identifier) @name (enumeration_type_definition)) @definition.enum
(full_type_declaration . "type" (identifier) @name (interface_type_definition)) @definition.interface
(full_type_declaration . "type" @label (identifier) @name) @definition.type
[(private_type_declaration . "type" @label (identifier) @name)
 (private_extension_declaration . "type" @label (identifier) @name)
 (incomplete_type_declaration . "type" @label (identifier) @name)
 (subtype_declaration . "subtype" @label (identifier) @name)] @definition.type

; Record components and a protected type's private data; `A, B : Integer;` declares two.
(component_declaration . (identifier) @name . "," . (identifier) @name.n2 . "," . (identifier) @name.n3) @definition.field
(component_declaration . (identifier) @name . "," . (identifier) @name.n2) @definition.field
(component_declaration . (identifier) @name) @definition.field

(exception_declaration . (identifier) @name) @definition.struct

; Objects: `Max : constant Integer := 10;` and named numbers are constants, others variables.
(object_declaration . (identifier) @name . "," . (identifier) @name.n2 . "," . (identifier) @name.n3 "constant") @definition.const
(object_declaration . (identifier) @name . "," . (identifier) @name.n2 . ":" . "constant") @definition.const
(object_declaration . (identifier) @name . ":" . "constant") @definition.const
(number_declaration . (identifier) @name) @definition.const
(object_declaration . (identifier) @name . "," . (identifier) @name.n2 . "," . (identifier) @name.n3) @definition.variable
(object_declaration . (identifier) @name . "," . (identifier) @name.n2) @definition.variable
(object_declaration . (identifier) @name) @definition.variable
