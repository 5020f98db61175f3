; QML. A .qml file is a component: its root object's members are the file's entities, and
; the objects in it that have an `id` are `object`s named by it (shown with their type, `Label`,
; `QQC2.Button`), with their own members nested in them; an inline `component Name: Type {}`
; is a `class` shown as `component`. Members: properties and signals (`property`s shown as
; `property` and `signal`), JavaScript functions and signal handlers (`method`s shown as
; `function`, and as `handler` for `onClicked: ...` and `Component.onCompleted: ...`), and
; enums. Other bindings (`width: 100`) and objects without an id are lines of the object
; holding them; so are the members of an object without an id, which belong to no named
; thing. What a function or handler holds is part of it.
;
; A member counts where it is written: in the root object, in an inline component's object,
; or in an object with an `id` binding (before or after the member).

; Objects with an id, except the root (the file itself); an inline component.
((ui_object_initializer
   (ui_object_definition
     type_name: (_) @label
     initializer: (ui_object_initializer
       (ui_binding name: (identifier) @_id value: (expression_statement (identifier) @name)))) @definition.object)
 (#eq? @_id "id"))
((_
   value: (ui_object_definition
     type_name: (_) @label
     initializer: (ui_object_initializer
       (ui_binding name: (identifier) @_id value: (expression_statement (identifier) @name)))) @definition.object)
 (#eq? @_id "id"))
((ui_object_array
   (ui_object_definition
     type_name: (_) @label
     initializer: (ui_object_initializer
       (ui_binding name: (identifier) @_id value: (expression_statement (identifier) @name)))) @definition.object)
 (#eq? @_id "id"))
(ui_inline_component name: (identifier) @name) @definition.class

; Signal handlers: bindings named on<Signal>, or <Attached>.on<Signal>.
((program (ui_object_definition initializer: (ui_object_initializer
  (ui_binding name: [(identifier) (nested_identifier)] @name) @definition.method)))
 (#match? @name "^(on[A-Z]|([A-Za-z_][A-Za-z0-9_]*\\.)+on[A-Z])"))
((ui_inline_component component: (ui_object_definition initializer: (ui_object_initializer
  (ui_binding name: [(identifier) (nested_identifier)] @name) @definition.method)))
 (#match? @name "^(on[A-Z]|([A-Za-z_][A-Za-z0-9_]*\\.)+on[A-Z])"))
((ui_object_initializer (ui_binding name: (identifier) @_id)
  (ui_binding name: [(identifier) (nested_identifier)] @name) @definition.method)
 (#eq? @_id "id")
 (#match? @name "^(on[A-Z]|([A-Za-z_][A-Za-z0-9_]*\\.)+on[A-Z])"))
((ui_object_initializer
  (ui_binding name: [(identifier) (nested_identifier)] @name) @definition.method
  (ui_binding name: (identifier) @_id))
 (#eq? @_id "id")
 (#match? @name "^(on[A-Z]|([A-Za-z_][A-Za-z0-9_]*\\.)+on[A-Z])"))

; Properties, signals, functions and enums.
(program (ui_object_definition initializer: (ui_object_initializer
  (ui_property "property" @label name: (identifier) @name) @definition.property)))
(ui_inline_component component: (ui_object_definition initializer: (ui_object_initializer
  (ui_property "property" @label name: (identifier) @name) @definition.property)))
((ui_object_initializer (ui_binding name: (identifier) @_id)
  (ui_property "property" @label name: (identifier) @name) @definition.property)
 (#eq? @_id "id"))
((ui_object_initializer
  (ui_property "property" @label name: (identifier) @name) @definition.property
  (ui_binding name: (identifier) @_id))
 (#eq? @_id "id"))
(program (ui_object_definition initializer: (ui_object_initializer
  (ui_signal "signal" @label name: (identifier) @name) @definition.property)))
(ui_inline_component component: (ui_object_definition initializer: (ui_object_initializer
  (ui_signal "signal" @label name: (identifier) @name) @definition.property)))
((ui_object_initializer (ui_binding name: (identifier) @_id)
  (ui_signal "signal" @label name: (identifier) @name) @definition.property)
 (#eq? @_id "id"))
((ui_object_initializer
  (ui_signal "signal" @label name: (identifier) @name) @definition.property
  (ui_binding name: (identifier) @_id))
 (#eq? @_id "id"))
(program (ui_object_definition initializer: (ui_object_initializer
  (function_declaration "function" @label name: (identifier) @name) @definition.method)))
(ui_inline_component component: (ui_object_definition initializer: (ui_object_initializer
  (function_declaration "function" @label name: (identifier) @name) @definition.method)))
((ui_object_initializer (ui_binding name: (identifier) @_id)
  (function_declaration "function" @label name: (identifier) @name) @definition.method)
 (#eq? @_id "id"))
((ui_object_initializer
  (function_declaration "function" @label name: (identifier) @name) @definition.method
  (ui_binding name: (identifier) @_id))
 (#eq? @_id "id"))
(program (ui_object_definition initializer: (ui_object_initializer
  (enum_declaration name: (identifier) @name) @definition.enum)))
(ui_inline_component component: (ui_object_definition initializer: (ui_object_initializer
  (enum_declaration name: (identifier) @name) @definition.enum)))
((ui_object_initializer (ui_binding name: (identifier) @_id)
  (enum_declaration name: (identifier) @name) @definition.enum)
 (#eq? @_id "id"))
((ui_object_initializer
  (enum_declaration name: (identifier) @name) @definition.enum
  (ui_binding name: (identifier) @_id))
 (#eq? @_id "id"))
