; Nim (alaviss/tree-sitter-nim). Entities are the top-level routines (`proc`, `func`,
; `method`, `iterator`, `converter`, `template`, `macro`), the types of `type` sections (objects
; and `ref object`s, enums, tuples, concepts, distinct and other types) with their fields,
; and the constants and variables of `const`, `let` and `var` sections. A routine's own
; declarations (nested procs, local variables) are part of it (local_scopes). The export
; marker (`area*`) is not part of the name: exporting is a signature change. The word shown is
; the keyword (`proc`, `func`, `iterator`, ...).

; Overloads (`proc add(a: var seq[int], x: int)`, `proc add(a: var string, x: char)`) are named
; by their parameters' types; a parameter without a type (`x = 0`) falls to the pattern after,
; which names the routine alone.

(method_declaration "method" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.method
(method_declaration "method" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.method
(proc_declaration "proc" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.function
(proc_declaration "proc" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.function
(func_declaration "func" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.function
(func_declaration "func" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.function
(iterator_declaration "iterator" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.function
(iterator_declaration "iterator" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.function
(converter_declaration "converter" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.function
(converter_declaration "converter" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.function
(template_declaration "template" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.macro
(template_declaration "template" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.macro
(macro_declaration "macro" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]
  parameters: (parameter_declaration_list "(" [(parameter_declaration type: (_) @overload) "," ";" (comment)]* ")")) @definition.macro
(macro_declaration "macro" @label
  name: [(identifier) @name (exported_symbol [(identifier) (accent_quoted)] @name) (accent_quoted) @name]) @definition.macro

; Types: `Point* = object`, `Shape = ref object of RootObj` (objects, shown as `object`),
; `Color = enum`, `Pair = tuple[a, b: int]`, concepts, and the rest (`distinct int`, aliases).
(type_declaration
  (type_symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
  [(object_declaration) (ref_type (object_declaration)) (pointer_type (object_declaration))]) @definition.struct
(type_declaration
  (type_symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
  (enum_declaration)) @definition.enum
(type_declaration
  (type_symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
  (concept_declaration)) @definition.trait
(type_declaration
  (type_symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
  [(tuple_type) (type_expression (tuple_type))]) @definition.record
(type_declaration
  (type_symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])) @definition.type

; Fields of an object: `x*, y: int` is one entity.
(field_declaration
  (symbol_declaration_list
    . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
    . (symbol_declaration name: [(identifier) @name.n2 (exported_symbol (identifier) @name.n2)])
    . (symbol_declaration name: [(identifier) @name.n3 (exported_symbol (identifier) @name.n3)]))) @definition.field
(field_declaration
  (symbol_declaration_list
    . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
    . (symbol_declaration name: [(identifier) @name.n2 (exported_symbol (identifier) @name.n2)]))) @definition.field
(field_declaration
  (symbol_declaration_list
    . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)]))) @definition.field

; `const MaxLen* = 10`, and the variables of `let` and `var` sections, one entity each.
(const_section
  (variable_declaration
    (symbol_declaration_list
      . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)]))) @definition.const)
(let_section
  (variable_declaration
    (symbol_declaration_list
      . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
      . (symbol_declaration name: [(identifier) @name.n2 (exported_symbol (identifier) @name.n2)]))) @definition.variable)
(var_section
  (variable_declaration
    (symbol_declaration_list
      . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)])
      . (symbol_declaration name: [(identifier) @name.n2 (exported_symbol (identifier) @name.n2)]))) @definition.variable)
(let_section
  (variable_declaration
    (symbol_declaration_list
      . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)]))) @definition.variable)
(var_section
  (variable_declaration
    (symbol_declaration_list
      . (symbol_declaration name: [(identifier) @name (exported_symbol (identifier) @name)]))) @definition.variable)
