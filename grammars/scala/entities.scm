; Scala 2 and 3 (tree-sitter-scala). Definitions at the top of a file, in packages, and in the
; bodies of classes, traits, objects, enums, givens and extensions. Definitions in a block
; (local `def`, `val`, `var`, `type`) are part of the code around them; a class, trait or
; object declared in a function body too (`local_scopes` in language.toml). When two patterns
; capture one node, the first wins.
;
; Overloads: `@overload` captures the parameter types of the first parameter list
; (`def scale(f: Double)` and `def scale(f: Int)` are two entities; renaming `f` keeps the key).
; The list is matched as one repetition between "(" and ")": a bare `(parameter)*` gives one
; match per parameter. A definition without parameters (`def area: Double`) is matched by the
; plain patterns further down.

; Auxiliary constructors: `def this(d: Int) = this(d / 2.0)`, named `this` (`Circle.this`).
(template_body
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.constructor
  (#eq? @name "this"))

; Functions of a package: at the top of a file, or in a package's body (`package p { ... }`,
; `package p:`), as Scala 3 allows.
(compilation_unit
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.function)
(package_clause
  body: (template_body
    (function_definition
      name: (_) @name
      .
      (type_parameters)?
      .
      parameters: (parameters
        "("
        [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
        ")")) @definition.function))
(compilation_unit
  (function_declaration
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.function)
(package_clause
  body: (template_body
    (function_declaration
      name: (_) @name
      .
      (type_parameters)?
      .
      parameters: (parameters
        "("
        [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
        ")")) @definition.function))

; Methods: in the body of a class, trait, object, enum, given (`given ... with`) or extension.
; An extension's definitions are its `body:` children without braces; that field is written
; without its name, as tree-sitter matches a repeated field at its first child only.
(template_body
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(with_template_body
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(enum_body
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(extension_definition
  (function_definition
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(extension_definition
  body: (template_body
    (function_definition
      name: (_) @name
      .
      (type_parameters)?
      .
      parameters: (parameters
        "("
        [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
        ")")) @definition.method))
(template_body
  (function_declaration
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(with_template_body
  (function_declaration
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(enum_body
  (function_declaration
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(extension_definition
  (function_declaration
    name: (_) @name
    .
    (type_parameters)?
    .
    parameters: (parameters
      "("
      [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
      ")")) @definition.method)
(extension_definition
  body: (template_body
    (function_declaration
      name: (_) @name
      .
      (type_parameters)?
      .
      parameters: (parameters
        "("
        [(parameter type: (_) @overload) "," "implicit" "using" (block_comment) (comment)]*
        ")")) @definition.method))

; The same without a parameter list (`def area: Double`).
(template_body (function_definition name: (_) @name) @definition.constructor
  (#eq? @name "this"))
([(compilation_unit (function_definition name: (_) @name) @definition.function)
  (compilation_unit (function_declaration name: (_) @name) @definition.function)
  (package_clause body: (template_body (function_definition name: (_) @name) @definition.function))
  (package_clause body: (template_body (function_declaration name: (_) @name) @definition.function))])
([(template_body (function_definition name: (_) @name) @definition.method)
  (template_body (function_declaration name: (_) @name) @definition.method)
  (with_template_body (function_definition name: (_) @name) @definition.method)
  (with_template_body (function_declaration name: (_) @name) @definition.method)
  (enum_body (function_definition name: (_) @name) @definition.method)
  (enum_body (function_declaration name: (_) @name) @definition.method)
  (extension_definition
    body: (template_body (function_definition name: (_) @name) @definition.method))])
(extension_definition (function_definition name: (_) @name) @definition.method)

; `val` and `var`, in a package or a type body (`lazy val`, abstract `val x: Int` too). `val a,
; b = 1` and `val (a, b) = ...` are one definition, named after their first name.
([(compilation_unit
   [(val_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (val_declaration name: (identifier) @name)] @definition.field)
  (template_body
   [(val_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (val_declaration name: (identifier) @name)] @definition.field)
  (with_template_body
   [(val_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (val_declaration name: (identifier) @name)] @definition.field)
  (enum_body
   [(val_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (val_declaration name: (identifier) @name)] @definition.field)])
([(compilation_unit
   [(var_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (var_declaration name: (identifier) @name)] @definition.variable)
  (template_body
   [(var_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (var_declaration name: (identifier) @name)] @definition.variable)
  (with_template_body
   [(var_definition pattern: [(identifier) @name
                              (identifiers . (identifier) @name)
                              (tuple_pattern . (identifier) @name)])
    (var_declaration name: (identifier) @name)] @definition.variable)])

; Types. `case class` is a record (labelled `case class`); `case object` an object.
(class_definition "case" name: (_) @name) @definition.record
(class_definition name: (_) @name) @definition.class
(trait_definition name: (_) @name) @definition.trait
(object_definition name: (_) @name) @definition.object
(package_object name: (_) @name) @definition.object
(enum_definition name: (_) @name) @definition.enum
; Scala 3 enum cases: `case Red`, `case Green, Blue`, `case Node(l: Tree, r: Tree)`.
(enum_case_definitions [(simple_enum_case name: (_) @name) (full_enum_case name: (_) @name)] @definition.const)
(template_body (type_definition name: (_) @name) @definition.type)
(compilation_unit (type_definition name: (_) @name) @definition.type)
(with_template_body (type_definition name: (_) @name) @definition.type)

; `package a.b { ... }` and Scala 3's `package a.b:` enclose definitions: namespaces. A file's
; leading `package a.b` clause without a body does not.
(package_clause name: (package_identifier) @name body: (_)) @definition.namespace

; Scala 3 `extension (c: Circle)`: an impl named after the extended type, so that its methods
; read `Circle.diameter`.
(extension_definition parameters: (parameters . (parameter type: (_) @name))) @definition.impl

; Givens are instances: `given intOrd: Ordering[Int] with ...` is an object named `intOrd`; an
; anonymous `given Ordering[Circle] = ...` is named after its type.
(given_definition name: (_) @name) @definition.object
(given_definition !name return_type: (_) @name) @definition.object
