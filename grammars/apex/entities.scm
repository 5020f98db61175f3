; Apex (Salesforce), a Java-like language. Entities are classes (an exception class too),
; interfaces and enums, nested ones included (`Outer.Inner`); their methods and constructors,
; told apart by their parameter types (`AuthException(Integer, String)` and
; `AuthException(Integer, List<String>)`); their fields, a field with `{ get; set; }`
; accessors being a `property`; enum values (`const`). A trigger (`trigger AccountTrigger on
; Account (before insert) { ... }`) is code run on an object's records, a `function` shown as
; `trigger`. Locals are lines of their method.

(method_declaration
  name: (identifier) @name
  parameters: (formal_parameters
    "("
    [(formal_parameter type: (_) @overload) (line_comment) (block_comment) ","]*
    ")")) @definition.method
(constructor_declaration
  name: (identifier) @name
  parameters: (formal_parameters
    "("
    [(formal_parameter type: (_) @overload) (line_comment) (block_comment) ","]*
    ")")) @definition.constructor

(class_declaration name: (identifier) @name) @definition.class
(interface_declaration name: (identifier) @name) @definition.interface
(enum_declaration name: (identifier) @name) @definition.enum
(trigger_declaration name: (identifier) @name) @definition.function

; `Integer count { get; private set; }` is a property; `int a, b;` is one field, named after
; its first variable.
(field_declaration
  declarator: (variable_declarator name: (identifier) @name)
  (accessor_list)) @definition.property
(field_declaration
  declarator: (variable_declarator name: (identifier) @name)) @definition.field
(constant_declaration
  declarator: (variable_declarator name: (identifier) @name)) @definition.const
(enum_constant (identifier) @name) @definition.const
