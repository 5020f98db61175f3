; Go: package-level declarations only. Locals (a `var` or `type` inside a function body) are
; part of their function.
;
; A declaration of one spec (`type T int`, `const N = 1`, `var x int`) is captured whole,
; keyword and doc comment included. A group (`const ( ... )`, `var ( ... )`, `type ( ... )`)
; gives one entity per spec, spanning that spec and the doc comment directly above it; the
; group's own lines (`const (`, `)`) belong to the file.

; Methods: `func (r T) M()`, `func (r *T) M()`, `func (r T[K]) M()`, `func (r *T[K]) M()`.
; @scope is the receiver's type: the method nests under that type when the file defines it,
; and is named `T.M` either way.
(method_declaration
  receiver: (parameter_list
    (parameter_declaration
      type: [(type_identifier) @scope
             (generic_type type: (type_identifier) @scope)
             (pointer_type (type_identifier) @scope)
             (pointer_type (generic_type type: (type_identifier) @scope))]))
  name: (field_identifier) @name) @definition.method

(source_file (function_declaration name: (identifier) @name) @definition.function)

; Types. The kind follows the type's literal: struct, interface, anything else (`type ID int`,
; `type List[T any] []T`) and aliases (`type A = B`) are `type`.
(source_file
  (type_declaration
    (type_spec name: (type_identifier) @name type: (struct_type))) @definition.struct
  (#not-match? @definition.struct "^type\\s*\\("))
(source_file
  (type_declaration
    (type_spec name: (type_identifier) @name type: (interface_type))) @definition.interface
  (#not-match? @definition.interface "^type\\s*\\("))
(source_file
  (type_declaration
    [(type_spec name: (type_identifier) @name)
     (type_alias name: (type_identifier) @name)]) @definition.type
  (#not-match? @definition.type "^type\\s*\\("))

(source_file
  (type_declaration
    (type_spec name: (type_identifier) @name type: (struct_type)) @definition.struct) @_group
  (#match? @_group "^type\\s*\\("))
(source_file
  (type_declaration
    (type_spec name: (type_identifier) @name type: (interface_type)) @definition.interface) @_group
  (#match? @_group "^type\\s*\\("))
(source_file
  (type_declaration
    [(type_spec name: (type_identifier) @name)
     (type_alias name: (type_identifier) @name)] @definition.type) @_group
  (#match? @_group "^type\\s*\\("))

; Constants and variables. A spec may declare several names (`var x, y float64`): it is one
; entity named `x, y` (`a, b, c, …` past three). Patterns with more names come first: when
; two patterns capture one node, the first wins. Names after the first are matched without
; their `name:` field: on a const_spec, tree-sitter does not match that field past the first.

; `const N = 1`
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3 . (identifier) @name.n4)) @definition.const
  (#not-match? @definition.const "^const\\s*\\("))
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3)) @definition.const
  (#not-match? @definition.const "^const\\s*\\("))
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2)) @definition.const
  (#not-match? @definition.const "^const\\s*\\("))
(source_file
  (const_declaration (const_spec . name: (identifier) @name)) @definition.const
  (#not-match? @definition.const "^const\\s*\\("))

; `const ( A = iota; B )`
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3 . (identifier) @name.n4) @definition.const) @_group
  (#match? @_group "^const\\s*\\("))
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3) @definition.const) @_group
  (#match? @_group "^const\\s*\\("))
(source_file
  (const_declaration
    (const_spec . name: (identifier) @name . (identifier) @name.n2) @definition.const) @_group
  (#match? @_group "^const\\s*\\("))
(source_file
  (const_declaration (const_spec . name: (identifier) @name) @definition.const) @_group
  (#match? @_group "^const\\s*\\("))

; `var x int`
(source_file
  (var_declaration
    (var_spec . name: (identifier) @name . (identifier) @name.n2
              . (identifier) @name.n3 . (identifier) @name.n4)) @definition.variable)
(source_file
  (var_declaration
    (var_spec . name: (identifier) @name . (identifier) @name.n2
              . (identifier) @name.n3)) @definition.variable)
(source_file
  (var_declaration
    (var_spec . name: (identifier) @name . (identifier) @name.n2)) @definition.variable)
(source_file
  (var_declaration (var_spec . name: (identifier) @name)) @definition.variable)

; `var ( x = 1; y int )`
(source_file
  (var_declaration
    (var_spec_list
      (var_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3 . (identifier) @name.n4) @definition.variable)))
(source_file
  (var_declaration
    (var_spec_list
      (var_spec . name: (identifier) @name . (identifier) @name.n2
                . (identifier) @name.n3) @definition.variable)))
(source_file
  (var_declaration
    (var_spec_list
      (var_spec . name: (identifier) @name . (identifier) @name.n2) @definition.variable)))
(source_file
  (var_declaration
    (var_spec_list (var_spec . name: (identifier) @name) @definition.variable)))
