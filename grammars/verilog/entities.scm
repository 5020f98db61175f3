; Verilog and SystemVerilog. Entities are the design units and what they declare by name:
; modules, interfaces, packages and classes; functions and tasks; parameters; typedefs; and
; `define macros. A module is the `class` kind, shown as `module`: like a class it is a type
; that is instantiated (`counter u_cnt (...)`), has a constructor-like header (ports and
; `#(parameter ...)`) and members; a package, which is only a scope for imports, is a
; `namespace`. Nets and variables of a module (`wire`, `reg`, `logic`), its always blocks,
; assigns and instances are lines of the module; a class's properties are its fields.
;
; Kinds and words: a task is a `function` shown as `task` (a task and a function are both
; subroutines; a task may take time), a class's function or task is a `method`, `function new`
; is its `constructor`; `parameter` and `localparam` are `const`s shown with their keyword; a
; typedef of an enum, struct or union is that kind, any other typedef a `type`. A declaration
; of several parameters (`parameter A = 1, B = 2;`) is one entity named after the first.

; Design units.
(module_declaration
  (module_header
    (module_keyword) @label
    [(simple_identifier) (escaped_identifier)] @name)) @definition.class
(interface_declaration
  [(interface_ansi_header (interface_identifier) @name)
   (interface_nonansi_header (interface_identifier) @name)]) @definition.interface
(package_declaration (package_identifier) @name) @definition.namespace
(class_declaration "class" @label . (class_identifier) @name) @definition.class

; A class's methods and constructor, then functions and tasks anywhere else.
(class_method (function_declaration "function" @label (function_body_declaration (function_identifier) @name)) @definition.method)
(class_method (task_declaration "task" @label (task_body_declaration (task_identifier) @name)) @definition.method)
(class_method (class_constructor_declaration "new" @name)) @definition.constructor
; A class property; when an `ifdef in a method body derails the parse, the grammar reads the
; method's lines as properties named after a keyword: those are not entities.
((class_property (data_declaration
   (list_of_variable_decl_assignments . (variable_decl_assignment (simple_identifier) @name)))) @definition.field
 (#not-match? @name "^(function|task|return|endfunction|endtask|endclass)$"))
(function_declaration "function" @label (function_body_declaration (function_identifier) @name)) @definition.function
(task_declaration "task" @label (task_body_declaration (task_identifier) @name)) @definition.function

; Parameters declared in a module's, interface's, package's or class's body; those of a
; header's `#(parameter ...)` list are part of the header.
(package_or_generate_item_declaration
  (parameter_declaration
    "parameter" @label
    (list_of_param_assignments . (param_assignment (parameter_identifier) @name))) @definition.const)
(package_or_generate_item_declaration
  (local_parameter_declaration
    "localparam" @label
    (list_of_param_assignments . (param_assignment (parameter_identifier) @name))) @definition.const)

; Typedefs, named after the type they define.
(type_declaration
  (data_type (struct_union "struct"))
  (simple_identifier) @name) @definition.struct
(type_declaration
  (data_type (struct_union "union"))
  (simple_identifier) @name) @definition.union
(type_declaration
  (data_type (enum_name_declaration))
  (simple_identifier) @name) @definition.enum
(type_declaration (simple_identifier) @name) @definition.type

; `define NAME value and `define NAME(args) body.
(text_macro_definition (text_macro_name (text_macro_identifier) @name)) @definition.macro
