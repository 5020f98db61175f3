; Java entities. When two patterns capture one node, the first pattern wins.
;
; Overloads: `@overload` captures each formal parameter's type, so `parse(String)` and
; `parse(Reader)` are two entities, while renaming a parameter keeps the key. The parameter list
; is matched as one repetition between "(" and ")" (commas and comments included): a bare
; `(formal_parameter)*` makes tree-sitter report one match per parameter, not one per method.
; The engine joins overload captures with ", ", so a varargs parameter reads `String, ...` and a
; C-style array parameter (`int xs[]`) reads `int, []`: distinct from `String` and `int`, as
; Java requires. A receiver parameter (`Foo this`) is not part of the signature: skipped.

; Methods of named types only. An anonymous class (`new Runnable() { ... }`) is an expression:
; its methods are part of the enclosing method's body, not members of a type. Its class_body is
; not in a `body:` field, which is how these patterns leave it out.
(_
  body: (_
    (method_declaration
      name: (identifier) @name
      parameters: (formal_parameters
        "("
        [(formal_parameter type: (_) @overload dimensions: (_)? @overload)
         (spread_parameter
           [(integral_type) (floating_point_type) (boolean_type) (type_identifier)
            (scoped_type_identifier) (generic_type) (array_type)] @overload
           "..." @overload)
         (receiver_parameter) (line_comment) (block_comment) ","]*
        ")")) @definition.method))
(enum_body_declarations
  (method_declaration
    name: (identifier) @name
    parameters: (formal_parameters
      "("
      [(formal_parameter type: (_) @overload dimensions: (_)? @overload)
       (spread_parameter
         [(integral_type) (floating_point_type) (boolean_type) (type_identifier)
          (scoped_type_identifier) (generic_type) (array_type)] @overload
         "..." @overload)
       (receiver_parameter) (line_comment) (block_comment) ","]*
      ")")) @definition.method)

; Constructors (anonymous classes cannot declare one). Named after the class: `Account.Account`.
(constructor_declaration
  name: (identifier) @name
  parameters: (formal_parameters
    "("
    [(formal_parameter type: (_) @overload dimensions: (_)? @overload)
     (spread_parameter
       [(integral_type) (floating_point_type) (boolean_type) (type_identifier)
        (scoped_type_identifier) (generic_type) (array_type)] @overload
       "..." @overload)
     (receiver_parameter) (line_comment) (block_comment) ","]*
    ")")) @definition.constructor
; A record's compact canonical constructor: `Point { ... }`, no parameter list of its own.
(compact_constructor_declaration name: (identifier) @name) @definition.constructor

; Annotation type elements (`String value() default "";`) are abstract methods (JLS 9.6.1).
(annotation_type_element_declaration name: (identifier) @name) @definition.method

; Types, nested ones included (the engine qualifies them: `Outer.Inner`).
(class_declaration name: (identifier) @name) @definition.class
(interface_declaration name: (identifier) @name) @definition.interface
(enum_declaration name: (identifier) @name) @definition.enum
(record_declaration name: (identifier) @name) @definition.record
; Annotation types (`@interface Cached`) are "annotation interfaces" in the JLS (9.6): a kind
; of interface, declared with the interface keyword, so `interface` and not `type`.
(annotation_type_declaration name: (identifier) @name) @definition.interface

; Fields are entities: a Java class's state is what a reviewer most needs named ("field
; Order.discount added", not "class Order modified"), and each field has its own Javadoc and
; annotations. The class's own text is then its header, initializer blocks and layout.
; `int a, b;` is one declaration: it is one entity, named after its first variable.
; Fields of anonymous classes belong to their expression, as their methods do.
(_
  body: (class_body
    (field_declaration
      declarator: (variable_declarator name: (identifier) @name)) @definition.field))
(enum_body_declarations
  (field_declaration
    declarator: (variable_declarator name: (identifier) @name)) @definition.field)
; Interface and annotation fields are implicitly `public static final`, enum constants are
; `public static final` instances (JLS 8.9.1): constants.
(constant_declaration
  declarator: (variable_declarator name: (identifier) @name)) @definition.const
(enum_constant name: (identifier) @name) @definition.const
