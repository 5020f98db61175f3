; Fortran. Entities are modules and submodules (namespaces) and main programs, the
; procedures of a file or of a module's `contains` part (functions and subroutines: kind
; function, shown as written), named interfaces (a generic `interface area`), derived types
; (`type :: circle`, a struct) with their components (fields), and a module's variables
; and named constants (`parameter`). What a procedure holds, its internal procedures
; included, is part of it. The statement that opens a procedure (name, arguments, prefixes
; such as `pure`, `result(...)`) is its signature, the rest its body.
;
; When two patterns capture one node, the first pattern wins.

(module (module_statement (name) @name)) @definition.namespace
(submodule (submodule_statement (name) @name)) @definition.namespace
(program (program_statement "program" @label (name) @name)) @definition.namespace

(function (function_statement "function" @label name: (name) @name)) @definition.function
(subroutine (subroutine_statement "subroutine" @label name: (name) @name)) @definition.function
; A submodule's `module procedure name ... end procedure` implements a procedure that its
; module declared in an interface.
(module_procedure (module_procedure_statement "procedure" @label name: (name) @name)) @definition.function
(function (function_statement) . (_) @body)
(subroutine (subroutine_statement) . (_) @body)
(module_procedure (module_procedure_statement) . (_) @body)

(interface (interface_statement (name) @name)) @definition.interface

(derived_type_definition (derived_type_statement (type_name) @name)) @definition.struct
(derived_type_definition
  (variable_declaration
    declarator: [(identifier) @name
                 (init_declarator left: (identifier) @name)
                 (sized_declarator (identifier) @name)]) @definition.field)

((module
   (variable_declaration
     attribute: (type_qualifier) @_parameter
     declarator: [(identifier) @name (init_declarator left: (identifier) @name)]) @definition.const)
 (#match? @_parameter "^[pP][aA][rR][aA][mM][eE][tT][eE][rR]$"))
(module
  (variable_declaration
    declarator: [(identifier) @name
                 (init_declarator left: (identifier) @name)
                 (sized_declarator (identifier) @name)]) @definition.variable)
