; GDScript. A script is a class (its `extends` and `class_name` lines name its base and its
; global name) whose members are written at the top of the file; they are the entities, with
; the members of its inner classes nested in them. Kinds and words: a `func` is a `function`
; at the top and a `method` in an inner class (`method_parents`), `_init` its `constructor`;
; a `var` is a `variable` at the top and a `field` in an inner class, a `static var` a
; `static`; a `signal` is a `property` (as a C# event is), shown as `signal`; `const`s,
; named `enum`s and inner `class`es. A function's locals and lambdas, and a property's setter
; and getter, are lines of what holds them (`local_scopes`).

; Inner classes.
(class_definition name: (name) @name) @definition.class

; The constructor: the grammar gives the script's own `func _init()` a node of its own, with
; `_init` an anonymous token; an inner class's is a function named `_init`.
(constructor_definition "_init" @name) @definition.constructor
((function_definition name: (name) @name) @definition.constructor
 (#eq? @name "_init"))
(function_definition name: (name) @name) @definition.function

; Members.
(signal_statement name: (name) @name) @definition.property
(enum_definition name: (name) @name) @definition.enum
(const_statement name: (name) @name) @definition.const
(variable_statement static: (static_keyword) name: (name) @name) @definition.static
(class_body (variable_statement name: (name) @name) @definition.field)
(variable_statement name: (name) @name) @definition.variable
