; ActionScript 3. Entities are packages (a `namespace` shown as `package`, named as written,
; `org.apache.royale.core`), the classes and interfaces in them and their members, and a
; package's own functions, constants and variables. A class's functions are its methods (the
; one named after the class is its constructor, one tagged `[Test]` a `test`, as FlexUnit
; and RoyaleUnit run it); a getter or setter is a `property` named with its word (`get
; model`, `set model`: a pair of accessors are two entities); `var`s are fields and `const`s
; constants. ActionScript does not overload: names need no parameter types. A function's
; locals and nested functions are part of it.

(package_declaration "package" name: (_) @name) @definition.namespace

(class_declaration name: (identifier) @name) @definition.class
(interface_declaration name: (identifier) @name) @definition.interface

; Accessors, in a class or declared by an interface.
(function_declaration (accessor) @name.accessor name: (identifier) @name) @definition.property
(method_declaration (accessor) @name.accessor name: (identifier) @name) @definition.property

; FlexUnit's and RoyaleUnit's tests: a function under the `[Test]` metadata tag.
(function_declaration
  (annotation . (identifier) @_tag)
  name: (identifier) @name
  (#eq? @_tag "Test")) @definition.test

; The constructor: the class's function of its own name.
(class_declaration
  name: (identifier) @_class
  body: (statement_block
    (function_declaration name: (identifier) @name) @definition.constructor)
  (#eq? @name @_class))

; An interface's methods; in a class, a `function` becomes a method through `method_parents`.
(method_declaration name: (identifier) @name) @definition.method
(function_declaration name: (identifier) @name) @definition.function

(class_declaration body: (statement_block (variable_declaration name: (identifier) @name) @definition.field))
(constant_declaration name: (identifier) @name) @definition.const
(variable_declaration name: (identifier) @name) @definition.variable
