; Dart (tree-sitter-dart). Declarations at the top of a library and in the bodies of classes,
; mixins, extensions, extension types and enums. Declarations in function bodies are part of
; their function. When two patterns capture one node, the first wins.
;
; A function with a body is two sibling nodes, its signature and its `function_body`: each is
; captured with the signature's name and kind, and `join_adjacent` (language.toml) makes the
; pair one entity. Dart has no overloads.

; Constructors with a body: `Point(this.x, this.y) { ... }`, `Point.origin() { ... }`,
; `factory Point.fromJson(Map json) => ...`. A named constructor is named after its second
; part (`Point.origin`); the unnamed one after the class (`Point.Point`).
(method_signature
  [(constructor_signature . (identifier) "." (identifier) @name)
   (factory_constructor_signature . (identifier) "." (identifier) @name)]) @definition.constructor
((method_signature
   [(constructor_signature . (identifier) "." (identifier) @name)
    (factory_constructor_signature . (identifier) "." (identifier) @name)])
 .
 (function_body) @definition.constructor)
(method_signature
  [(constructor_signature . (identifier) @name . (formal_parameter_list))
   (factory_constructor_signature . (identifier) @name . (formal_parameter_list))]) @definition.constructor
((method_signature
   [(constructor_signature . (identifier) @name . (formal_parameter_list))
    (factory_constructor_signature . (identifier) @name . (formal_parameter_list))])
 .
 (function_body) @definition.constructor)

; Getters and setters are properties (a getter and setter side by side are one property).
(method_signature [(getter_signature name: (_) @name) (setter_signature name: (_) @name)]) @definition.property
((method_signature [(getter_signature name: (_) @name) (setter_signature name: (_) @name)])
 .
 (function_body) @definition.property)
(method_signature (operator_signature "operator" @name.operator . _ @name)) @definition.method
((method_signature (operator_signature "operator" @name.operator . _ @name))
 .
 (function_body) @definition.method)
(method_signature (function_signature name: (_) @name)) @definition.method
((method_signature (function_signature name: (_) @name))
 .
 (function_body) @definition.method)

; Top-level functions, getters and setters.
(program (function_signature name: (_) @name) @definition.function)
(program
  (function_signature name: (_) @name)
  .
  (function_body) @definition.function)
(program [(getter_signature name: (_) @name) (setter_signature name: (_) @name)] @definition.property)
(program
  [(getter_signature name: (_) @name) (setter_signature name: (_) @name)]
  .
  (function_body) @definition.property)

; Members without a body: abstract methods, external functions, constructors with an
; initializer list or none, redirecting factories, fields.
(declaration
  [(constructor_signature . (identifier) "." (identifier) @name)
   (constant_constructor_signature (identifier) "." (identifier) @name)
   (factory_constructor_signature . (identifier) "." (identifier) @name)
   (redirecting_factory_constructor_signature . (identifier) "." (identifier) @name)]) @definition.constructor
(declaration
  [(constructor_signature . (identifier) @name . (formal_parameter_list))
   (constant_constructor_signature (identifier) @name . (formal_parameter_list))
   (factory_constructor_signature . (identifier) @name . (formal_parameter_list))
   (redirecting_factory_constructor_signature . (identifier) @name . (formal_parameter_list))]) @definition.constructor
(declaration [(getter_signature name: (_) @name) (setter_signature name: (_) @name)]) @definition.property
(declaration (operator_signature "operator" @name.operator . _ @name)) @definition.method
(declaration (function_signature name: (_) @name)) @definition.method
; `static const`: constants; other fields (`final`, `late`, `var`, typed) are fields.
; `final double x, y;` is one declaration, named after its first name.
(declaration
  (const_builtin)
  (static_final_declaration_list . (static_final_declaration . (identifier) @name))) @definition.const
(declaration
  [(static_final_declaration_list . (static_final_declaration . (identifier) @name))
   (initialized_identifier_list . (initialized_identifier . (identifier) @name))]) @definition.field

; Top-level variables: `const` ones are constants. The grammar leaves the leading `const`,
; `final`, `var` and type beside the names (`final int x = 1;` is four siblings). The first
; word is captured too, with the name that follows, and `join_adjacent` makes them one entity;
; a type (`attached` in language.toml) may lie between them. A type that starts the line grows
; the names' node as an attached node does, unless it is generic or nullable (`Map<K, V>? m`):
; then it is captured as well. `late` is not a node of its own and stays with the file.
(program
  (const_builtin) @definition.const
  .
  (type_identifier)?
  .
  (type_arguments)?
  .
  (nullable_type)?
  .
  (static_final_declaration_list . (static_final_declaration . (identifier) @name)))
; (Listed before the variable patterns, so that the type of a constant is the constant's.)
(program
  (const_builtin)
  .
  (type_identifier) @definition.const
  .
  (type_arguments)?
  .
  (nullable_type)?
  .
  (static_final_declaration_list . (static_final_declaration . (identifier) @name)))
(program
  (const_builtin)
  .
  (type_identifier)?
  .
  (type_arguments)?
  .
  (nullable_type)?
  .
  (static_final_declaration_list . (static_final_declaration . (identifier) @name)) @definition.const)
(program
  [(final_builtin) (inferred_type)] @definition.variable
  .
  (type_identifier)?
  .
  (type_arguments)?
  .
  (nullable_type)?
  .
  [(static_final_declaration_list . (static_final_declaration . (identifier) @name))
   (initialized_identifier_list . (initialized_identifier . (identifier) @name))])
(program
  (type_identifier) @definition.variable
  .
  [(type_arguments) (nullable_type)]
  .
  (nullable_type)?
  .
  [(static_final_declaration_list . (static_final_declaration . (identifier) @name))
   (initialized_identifier_list . (initialized_identifier . (identifier) @name))])
(program
  [(static_final_declaration_list . (static_final_declaration . (identifier) @name))
   (initialized_identifier_list . (initialized_identifier . (identifier) @name))] @definition.variable)

; Types. A mixin is a trait (labelled `mixin`), an extension an impl (labelled `extension`)
; named by its name, or by the type it extends when it has none (`extension on String`).
(class_definition name: (_) @name) @definition.class
(extension_type_declaration name: (_) @name) @definition.class
(mixin_declaration (identifier) @name) @definition.trait
(extension_declaration name: (_) @name) @definition.impl
(extension_declaration !name class: (_) @name) @definition.impl
(enum_declaration name: (_) @name) @definition.enum
(enum_constant name: (_) @name) @definition.const
(type_alias . (type_identifier) @name) @definition.type
(type_alias (type_identifier) @name . [(formal_parameter_list) (type_parameters)]) @definition.type
