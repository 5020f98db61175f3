; VHDL. Entities are the design units and what their declarative parts declare by name. An
; entity declaration is the `class` kind, shown as `entity`: a type with ports and generics
; that is instantiated; its architectures are `impl`s of it, each named after the entity
; (`architecture rtl of counter` is `counter.rtl`, the entity's child when the file has it,
; as a Go method is its receiver's), and so is a configuration. A package is a `namespace`,
; its package body an `impl` of the same name shown as `body`. A component declaration,
; which restates an entity's ports to instantiate it, is an `interface` shown as `component`.
;
; Inside them: functions and procedures (a procedure is a `function` shown as `procedure`;
; in a protected type or its body they are methods), the declarations of a package's
; subprograms as well as their bodies; types (an enumeration is an `enum`, a record a
; `record`, a protected type a `class` shown as `protected` and its body an `impl` shown as
; `body`, other types and subtypes `type`s);
; constants; a package's signals and shared variables. An architecture's signals, processes
; and instances are lines of it, as a Verilog module's nets are. A declaration of several
; names (`constant A, B : integer := 0;`) is one entity named after the first.
;
; Overloads: VHDL overloads subprograms by parameter and result types (numeric_std's "+" on
; unsigned and on signed): @overload takes the parameter types and the return clause,
; `(unsigned, natural, return unsigned)`. Parameters declared together (`l, r : signed`)
; give their type once.

; Design units.
(entity_declaration "entity" name: (identifier) @name) @definition.class
(architecture_body
  "architecture" @label
  name: (identifier) @name
  entity: (_) @scope) @definition.impl
(configuration_declaration
  "configuration" @label
  name: (identifier) @name
  entity: (_) @scope) @definition.impl
(package_declaration "package" name: (identifier) @name) @definition.namespace
(package_instantiation_declaration "package" name: (identifier) @name) @definition.namespace
(package_body "body" @label package: (_) @name) @definition.impl
(context_declaration "context" @label name: (identifier) @name) @definition.namespace
(component_declaration name: (identifier) @name) @definition.interface

; Subprograms of a protected type and of its body are its methods. Each subprogram has two
; patterns, with and without a parameter list: one pattern with an optional list, or one
; alternation of the four node types, loses some of the parameter types.
(protected_type_declaration (declarative_part (function_declaration "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.method))
(protected_type_declaration (declarative_part (function_declaration "function" @label designator: (_) @name (return) @overload) @definition.method))
(protected_type_declaration (declarative_part (function_body "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.method))
(protected_type_declaration (declarative_part (function_body "function" @label designator: (_) @name (return) @overload) @definition.method))
(protected_type_declaration (declarative_part (procedure_declaration "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.method))
(protected_type_declaration (declarative_part (procedure_declaration "procedure" @label designator: (_) @name) @definition.method))
(protected_type_declaration (declarative_part (procedure_body "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.method))
(protected_type_declaration (declarative_part (procedure_body "procedure" @label designator: (_) @name) @definition.method))
(protected_type_body (declarative_part (function_declaration "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.method))
(protected_type_body (declarative_part (function_declaration "function" @label designator: (_) @name (return) @overload) @definition.method))
(protected_type_body (declarative_part (function_body "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.method))
(protected_type_body (declarative_part (function_body "function" @label designator: (_) @name (return) @overload) @definition.method))
(protected_type_body (declarative_part (procedure_declaration "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.method))
(protected_type_body (declarative_part (procedure_declaration "procedure" @label designator: (_) @name) @definition.method))
(protected_type_body (declarative_part (procedure_body "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.method))
(protected_type_body (declarative_part (procedure_body "procedure" @label designator: (_) @name) @definition.method))

; Functions and procedures anywhere else, declared or with their bodies.
(function_declaration "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.function
(function_declaration "function" @label designator: (_) @name (return) @overload) @definition.function
(function_body "function" @label designator: (_) @name
  (function_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")") (return) @overload) @definition.function
(function_body "function" @label designator: (_) @name (return) @overload) @definition.function
(procedure_declaration "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.function
(procedure_declaration "procedure" @label designator: (_) @name) @definition.function
(procedure_body "procedure" @label designator: (_) @name
  (procedure_parameter_clause "(" [(_ (subtype_indication) @overload) ";" (comment)]* ")")) @definition.function
(procedure_body "procedure" @label designator: (_) @name) @definition.function
; `function to_x is new generic_to_x generic map (...)`.
(function_instantiation_declaration "function" @label designator: (_) @name) @definition.function
(procedure_instantiation_declaration "procedure" @label designator: (_) @name) @definition.function

; Types.
(full_type_declaration name: (identifier) @name (enumeration_type_definition)) @definition.enum
(full_type_declaration name: (identifier) @name (record_type_definition)) @definition.record
(full_type_declaration "type" name: (identifier) @name (protected_type_declaration "protected" @label)) @definition.class
(full_type_declaration "type" name: (identifier) @name (protected_type_body "body" @label)) @definition.impl
(full_type_declaration "type" @label name: (identifier) @name) @definition.type
(subtype_declaration "subtype" @label name: (identifier) @name) @definition.type

; Constants wherever a declarative part may hold them (outside subprograms and processes).
(constant_declaration (identifier_list . (identifier) @name)) @definition.const

; A package's signals and shared variables.
(package_declaration (declarative_part
  (signal_declaration (identifier_list . (identifier) @name)) @definition.variable))
(shared_variable_declaration "variable" @label (identifier_list . (identifier) @name)) @definition.variable

; A subprogram's body starts at its `is`: what comes before (name, parameters, return type) is
; its signature.
(function_body "is" @body)
(procedure_body "is" @body)
