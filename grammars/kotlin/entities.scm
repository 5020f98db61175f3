; Kotlin (fwcd/tree-sitter-kotlin). Declarations at the top of a file and in the bodies of
; classes, interfaces, enum classes, enum entries, objects, companion objects and object
; expressions. Declarations in function bodies (local functions, classes, vals) and lambdas are
; part of the code around them. When two patterns capture one node, the first wins.
;
; An enum entry with a body (`NEVER(0) { override fun shouldRetry(...) = false }`) and an object
; expression (`object : Player.Listener { override fun onError(...) { ... } }`) are where Kotlin
; code overrides a method per value or per call site: a reviewer needs `NEVER.shouldRetry` and
; `attach.Listener.onError` named, not "enum modified" or "fun attach modified". The entry is
; a `const` whose functions and properties are its children; the object expression is an
; `object` entity named after its first supertype (below), under whatever entity holds it (a
; function, a property's initialiser). Two expressions of one supertype in one function share
; their qualified name: the ordinal keeps their keys apart and the matcher pairs such repeated
; names by their bodies, not by position alone.
;
; The grammar has almost no fields: names are the declaration's own `type_identifier` or
; `simple_identifier` child (a receiver's or a parameter's are deeper down).
;
; Overloads: `@overload` captures each parameter's type, so `parse(String)` and
; `parse(Reader)` are two entities while renaming a parameter keeps the key. The parameter list
; is matched as one repetition between "(" and ")": a bare `(parameter)*` would give one match
; per parameter. A default value is the pair `"=" expression`, matched as one group so that its
; expression cannot be taken for a parameter (`_`, any node, compiles faster than `(_)`).
; `vararg` is not captured.
;
; Known limits of the grammar: an accessor on the lines after its property (`val x: Int` then
; `get() = ...`) is a sibling of the property, not part of it, so it belongs to the enclosing
; class or file; and a comment right after the `package` or `import` lines is put inside them,
; so the first declaration's doc comment belongs to the file.

; Members of types. Each member pattern is written once per owner: a class is matched with
; where it stands, since a class local to a function body has members that are not entities,
; while an enum entry's or an object expression's body owns its members wherever it stands.
; (An alternation of owners around the parameter repetition would make tree-sitter report one
; match per parameter, hence one pattern per owner.)
; Methods.
(source_file
  (class_declaration
    (class_body
      (function_declaration
        (simple_identifier) @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.method)))
(class_body
  (class_declaration
    (class_body
      (function_declaration
        (simple_identifier) @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.method)))
(enum_class_body
  (class_declaration
    (class_body
      (function_declaration
        (simple_identifier) @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.method)))
(class_declaration
  (enum_class_body
    (function_declaration
      (simple_identifier) @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.method))
(object_declaration
  (class_body
    (function_declaration
      (simple_identifier) @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.method))
(companion_object
  (class_body
    (function_declaration
      (simple_identifier) @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.method))
(enum_entry
  (class_body
    (function_declaration
      (simple_identifier) @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.method))
(object_literal
  (class_body
    (function_declaration
      (simple_identifier) @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.method))

; Secondary constructors: `constructor(d: Int) : this(...)`, named after their keyword
; (`Circle.constructor`), as Kotlin declares them. The primary constructor is part of the class
; header, `init { }` blocks part of the class body.
(source_file
  (class_declaration
    (class_body
      (secondary_constructor
        "constructor" @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.constructor)))
(class_body
  (class_declaration
    (class_body
      (secondary_constructor
        "constructor" @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.constructor)))
(enum_class_body
  (class_declaration
    (class_body
      (secondary_constructor
        "constructor" @name
        (function_value_parameters
          "("
          [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
           (line_comment) (multiline_comment)]*
          ")")) @definition.constructor)))
(class_declaration
  (enum_class_body
    (secondary_constructor
      "constructor" @name
      (function_value_parameters
        "("
        [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
         (line_comment) (multiline_comment)]*
        ")")) @definition.constructor))

; Properties: `const val` (objects and companions only), else `val`/`var`. `val (a, b) = ...` is
; named after its first name.
((object_declaration
  (class_body
    (property_declaration
      (modifiers (property_modifier) @_const)
      (variable_declaration (simple_identifier) @name)) @definition.const))
  (#eq? @_const "const"))
((companion_object
  (class_body
    (property_declaration
      (modifiers (property_modifier) @_const)
      (variable_declaration (simple_identifier) @name)) @definition.const))
  (#eq? @_const "const"))
(source_file
  (class_declaration
    (class_body
      (property_declaration
        [(variable_declaration (simple_identifier) @name)
         (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
      @definition.property)))
(class_body
  (class_declaration
    (class_body
      (property_declaration
        [(variable_declaration (simple_identifier) @name)
         (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
      @definition.property)))
(enum_class_body
  (class_declaration
    (class_body
      (property_declaration
        [(variable_declaration (simple_identifier) @name)
         (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
      @definition.property)))
(class_declaration
  (enum_class_body
    (property_declaration
      [(variable_declaration (simple_identifier) @name)
       (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
    @definition.property))
(object_declaration
  (class_body
    (property_declaration
      [(variable_declaration (simple_identifier) @name)
       (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
    @definition.property))
(companion_object
  (class_body
    (property_declaration
      [(variable_declaration (simple_identifier) @name)
       (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
    @definition.property))
([(enum_entry
   (class_body
     (property_declaration
       [(variable_declaration (simple_identifier) @name)
        (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
     @definition.property))
  (object_literal
   (class_body
     (property_declaration
       [(variable_declaration (simple_identifier) @name)
        (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
     @definition.property))])

; Top-level functions. An extension function (`fun String.shout()`) belongs to its receiver
; type: @scope names it `String.shout`, nested under the type when the file declares it. A
; generic receiver (`List<T>.second`) is named after its type without the arguments; a
; receiver of another shape (a function type) leaves the name bare.
(source_file
  (function_declaration
    receiver: (receiver_type [(user_type) @scope (nullable_type (user_type) @scope)])
    (simple_identifier) @name
    (function_value_parameters
      "("
      [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
       (line_comment) (multiline_comment)]*
      ")")) @definition.function
  (#not-match? @scope "<"))
(source_file
  (function_declaration
    receiver: (receiver_type
      [(user_type (type_identifier) @scope . (type_arguments))
       (nullable_type (user_type (type_identifier) @scope . (type_arguments)))])
    (simple_identifier) @name
    (function_value_parameters
      "("
      [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
       (line_comment) (multiline_comment)]*
      ")")) @definition.function)
(source_file
  (function_declaration
    (simple_identifier) @name
    (function_value_parameters
      "("
      [(parameter_modifiers) (parameter (_) @overload .) "," ("=" _)
       (line_comment) (multiline_comment)]*
      ")")) @definition.function)

; Top-level properties, extension properties (`val String.size`) named like extension functions.
(source_file
  (property_declaration
    (modifiers (property_modifier) @_const)
    (variable_declaration (simple_identifier) @name)) @definition.const
  (#eq? @_const "const"))
(source_file
  (property_declaration
    receiver: (receiver_type [(user_type) @scope (nullable_type (user_type) @scope)])
    (variable_declaration (simple_identifier) @name)) @definition.property
  (#not-match? @scope "<"))
(source_file
  (property_declaration
    receiver: (receiver_type
      [(user_type (type_identifier) @scope . (type_arguments))
       (nullable_type (user_type (type_identifier) @scope . (type_arguments)))])
    (variable_declaration (simple_identifier) @name)) @definition.property)
(source_file
  (property_declaration
    [(variable_declaration (simple_identifier) @name)
     (multi_variable_declaration . (variable_declaration (simple_identifier) @name))])
  @definition.property)

; Types, at the top and nested in types (`Outer.Inner`). The keyword decides the kind:
; `interface`, `enum class`, `data class`; any other class (sealed, abstract, annotation,
; inner, value) is a class.
([(source_file (class_declaration "interface" (type_identifier) @name) @definition.interface)
  (class_body (class_declaration "interface" (type_identifier) @name) @definition.interface)
  (enum_class_body (class_declaration "interface" (type_identifier) @name) @definition.interface)])
([(source_file (class_declaration "enum" (type_identifier) @name) @definition.enum)
  (class_body (class_declaration "enum" (type_identifier) @name) @definition.enum)
  (enum_class_body (class_declaration "enum" (type_identifier) @name) @definition.enum)])
([(source_file
   (class_declaration (modifiers (class_modifier) @_data) (type_identifier) @name) @definition.record)
  (class_body
   (class_declaration (modifiers (class_modifier) @_data) (type_identifier) @name) @definition.record)
  (enum_class_body
   (class_declaration (modifiers (class_modifier) @_data) (type_identifier) @name) @definition.record)]
  (#eq? @_data "data"))
([(source_file (class_declaration (type_identifier) @name) @definition.class)
  (class_body (class_declaration (type_identifier) @name) @definition.class)
  (enum_class_body (class_declaration (type_identifier) @name) @definition.class)])

; `object Registry`, `data object Empty`, and companion objects. An unnamed companion is
; `Companion` (language.toml's name format for the keyword).
([(source_file (object_declaration (type_identifier) @name) @definition.object)
  (class_body (object_declaration (type_identifier) @name) @definition.object)
  (enum_class_body (object_declaration (type_identifier) @name) @definition.object)])
(companion_object (type_identifier) @name) @definition.object
(companion_object "companion" @name @name.companion) @definition.object

; Object expressions that declare functions or properties: `object : Player.Listener { ... }`
; is an `object` named after its first supertype, without package, outer types or type
; arguments (`object : Callback<T>()`, `object : Outer.Listener` and `object : Closeable by
; session, Visitor()` give `Callback`, `Listener` and `Closeable`), so that a method reads
; `attach.Listener.onError`. A function type
; (`object : () -> Unit`) or no supertype at all leaves the keyword, `object`, as the name. An
; expression without members (`object : TypeToken<List<Int>>() {}`, an `object {}` lock) is
; only an expression: it stays part of the code around it.
(object_literal
  . (delegation_specifier
      [(user_type (type_identifier) @name .)
       (user_type (type_identifier) @name . (type_arguments) .)
       (constructor_invocation
         [(user_type (type_identifier) @name .)
          (user_type (type_identifier) @name . (type_arguments) .)])
       (explicit_delegation
         [(user_type (type_identifier) @name .)
          (user_type (type_identifier) @name . (type_arguments) .)])])
  (class_body [(function_declaration) (property_declaration)])) @definition.object
(object_literal
  "object" @name
  (class_body [(function_declaration) (property_declaration)])) @definition.object

; `enum class Color { RED, GREEN }`: the entries are the enum's constants.
(enum_entry (simple_identifier) @name) @definition.const

([(source_file (type_alias (type_identifier) @name) @definition.type)
  (class_body (type_alias (type_identifier) @name) @definition.type)])

; The grammar has no `body` field: an edit before the function body is a signature change.
(function_declaration (function_body) @body)
