; Java entities. When two patterns capture one node, the first pattern wins.
;
; Overloads: `@overload` captures each formal parameter's type, so `parse(String)` and
; `parse(Reader)` are two entities, while renaming a parameter keeps the key. The parameter list
; is matched as one repetition between "(" and ")" (commas and comments included): a bare
; `(formal_parameter)*` makes tree-sitter report one match per parameter, not one per method.
; The engine joins overload captures with ", ", so a varargs parameter reads `String, ...` and a
; C-style array parameter (`int xs[]`) reads `int, []`: distinct from `String` and `int`, as
; Java requires. A receiver parameter (`Foo this`) is not part of the signature: skipped.

; Methods: of named types and enum constants (whose class_body is their `body:` field), and of
; anonymous classes (`new JobListener() { ... }`, whose class_body is in no field), each written
; once per owner.
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
(object_creation_expression
  (class_body
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

; Anonymous classes that declare methods or fields: `new JobListener() { ... }` is a class named
; after the type it extends or implements, without package, outer types or type arguments
; (`new Map.Entry<K, V>() { ... }` is `Entry`), under the entity whose code creates it: a method
; (`submit.JobListener.onCompleted`), a field's initialiser, or the class itself for an
; initialiser block. This is where Java overrides a method per call site, and a reviewer needs
; `submit.JobListener.onCompleted` named, not "method submit modified". Two of one type in one
; method share their qualified name: the ordinal keeps their keys apart and the matcher pairs
; repeated names by their bodies, not by position alone. One without members (`new TypeToken<List<T>>() {}`,
; double-brace initialisation `new HashMap<>() {{ put(k, v); }}`) stays part of its expression.
(object_creation_expression
  type: [(type_identifier) @name
         (scoped_type_identifier (type_identifier) @name .)
         (generic_type [(type_identifier) @name (scoped_type_identifier (type_identifier) @name .)])]
  (class_body [(method_declaration) (field_declaration)])) @definition.class

; Fields are entities: a Java class's state is what a reviewer most needs named ("field
; Order.discount added", not "class Order modified"), and each field has its own Javadoc and
; annotations. The class's own text is then its header, initializer blocks and layout.
; `int a, b;` is one declaration: it is one entity, named after its first variable.
; Anonymous classes' fields are their class's, as their methods are.
(_
  body: (class_body
    (field_declaration
      declarator: (variable_declarator name: (identifier) @name)) @definition.field))
(object_creation_expression
  (class_body
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
