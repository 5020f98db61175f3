; Swift (alex-pinkus/tree-sitter-swift). Declarations at the top of a file and in the bodies of
; classes, structs, actors, enums, extensions and protocols. Declarations in function bodies
; (local functions, `let`/`var`, `typealias`, types) are part of their function: the patterns
; leave most out, and `local_scopes` (language.toml) the types they would match anywhere.
; When two patterns capture one node, the first wins.
;
; Overloads: Swift tells functions apart by argument labels and parameter types
; (`init(radius:)` and `init(diameter:)`, `append(_: Int)` and `append(_: String)`).
; `@overload` captures, for each parameter, its label (the external name, or the name when it
; is also the label; `_` for none), its modifiers (`inout`) and its type:
; `init(diameter d: Double)` reads `diameter, Double`, and renaming `d` keeps the key. A
; variadic `Int...` reads `Int...`. The parameters are matched as one repetition between "("
; and ")" (a bare `(parameter)*`, or an alternation of owners around the repetition, makes
; tree-sitter report one match per parameter); a default value is the pair `"=" expression`,
; one group, so that its expression is not taken for a parameter (`_`: any node type, which
; compiles much faster than `(_)` here). Comments between parameters are left out of the
; repetition for the same reason (they would double the compile time): such a list reads as
; its first parameters only.

; Methods: `func` in a class, struct, actor, enum or extension body, and protocol requirements;
; top-level functions. `func` names an operator too (`static func == (...)`): the name is what
; follows `func`.
(class_body
  (function_declaration
    "func" . _ @name
    "("
    [(parameter
       external_name: (_) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     (parameter
       !external_name
       . (simple_identifier) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     "," ("=" _)]*
    ")") @definition.method)
(enum_class_body
  (function_declaration
    "func" . _ @name
    "("
    [(parameter
       external_name: (_) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     (parameter
       !external_name
       . (simple_identifier) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     "," ("=" _)]*
    ")") @definition.method)
(protocol_body
  (protocol_function_declaration
    "func" . _ @name
    "("
    [(parameter
       external_name: (_) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     (parameter
       !external_name
       . (simple_identifier) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     "," ("=" _)]*
    ")") @definition.method)
(source_file
  (function_declaration
    "func" . _ @name
    "("
    [(parameter
       external_name: (_) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     (parameter
       !external_name
       . (simple_identifier) @overload
       (parameter_modifiers)? @overload
       [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
        (opaque_type) (existential_type) (metatype) (protocol_composition_type)
        (type_pack_expansion)] @overload
       "..."? @overload)
     "," ("=" _)]*
    ")") @definition.function)

; Initializers are named `init` (`Circle.init`), as Swift names them (`init?` and `init!` too);
; subscripts `subscript`. Both only stand in type bodies.
(init_declaration
  "init" @name
  "("
  [(parameter
     external_name: (_) @overload
     (parameter_modifiers)? @overload
     [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
      (opaque_type) (existential_type) (metatype) (protocol_composition_type)
      (type_pack_expansion)] @overload
     "..."? @overload)
   (parameter
     !external_name
     . (simple_identifier) @overload
     (parameter_modifiers)? @overload
     [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
      (opaque_type) (existential_type) (metatype) (protocol_composition_type)
      (type_pack_expansion)] @overload
     "..."? @overload)
   "," ("=" _)]*
  ")") @definition.constructor
(subscript_declaration
  "subscript" @name
  "("
  [(parameter
     external_name: (_) @overload
     (parameter_modifiers)? @overload
     [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
      (opaque_type) (existential_type) (metatype) (protocol_composition_type)
      (type_pack_expansion)] @overload
     "..."? @overload)
   (parameter
     !external_name
     . (simple_identifier) @overload
     (parameter_modifiers)? @overload
     [(user_type) (array_type) (dictionary_type) (optional_type) (function_type) (tuple_type)
      (opaque_type) (existential_type) (metatype) (protocol_composition_type)
      (type_pack_expansion)] @overload
     "..."? @overload)
   "," ("=" _)]*
  ")") @definition.method

; The same without overloads, for parameter lists the patterns above do not read (a parameter
; of a shape they do not list).
(class_body (function_declaration "func" . _ @name) @definition.method)
(enum_class_body (function_declaration "func" . _ @name) @definition.method)
(protocol_body (protocol_function_declaration "func" . _ @name) @definition.method)
(source_file (function_declaration "func" . _ @name) @definition.function)
(init_declaration "init" @name) @definition.constructor
(subscript_declaration "subscript" @name) @definition.method

; `deinit { }`: a class's deinitializer, a method without parameters.
(deinit_declaration "deinit" @name) @definition.method

; Stored and computed properties of types (`let`, `var`, `static`, `lazy`, with accessors or
; observers) and protocol property requirements. `var a = 1, b = 2` is one declaration, named
; after its first name.
([(class_body
   (property_declaration
     (value_binding_pattern)
     .
     name: (pattern bound_identifier: (simple_identifier) @name)) @definition.property)
  (enum_class_body
   (property_declaration
     (value_binding_pattern)
     .
     name: (pattern bound_identifier: (simple_identifier) @name)) @definition.property)
  (protocol_body
   (protocol_property_declaration
     name: (pattern bound_identifier: (simple_identifier) @name)) @definition.property)])

; Globals: `let` is a constant, `var` a variable.
(source_file
  (property_declaration
    (value_binding_pattern mutability: "let")
    .
    name: (pattern bound_identifier: (simple_identifier) @name)) @definition.const)
(source_file
  (property_declaration
    (value_binding_pattern mutability: "var")
    .
    name: (pattern bound_identifier: (simple_identifier) @name)) @definition.variable)

; Types. The keyword decides the kind; an `actor` is a class. An extension is `impl`
; (labelled `extension`), named after the type it extends (`extension Circle: Equatable` is
; `Circle`), so that its members read `Circle.scaled`.
(class_declaration declaration_kind: "class" name: (type_identifier) @name) @definition.class
(class_declaration declaration_kind: "actor" name: (type_identifier) @name) @definition.class
(class_declaration declaration_kind: "struct" name: (type_identifier) @name) @definition.struct
(class_declaration declaration_kind: "enum" name: (type_identifier) @name) @definition.enum
(class_declaration declaration_kind: "extension" name: (_) @name) @definition.impl
(protocol_declaration name: (type_identifier) @name) @definition.protocol

; `case north, south` is one declaration, named after its first case.
(enum_class_body (enum_entry . name: (simple_identifier) @name) @definition.const)

; `typealias`, at the top and in types; a protocol's `associatedtype`.
([(source_file (typealias_declaration name: (type_identifier) @name) @definition.type)
  (class_body (typealias_declaration name: (type_identifier) @name) @definition.type)
  (enum_class_body (typealias_declaration name: (type_identifier) @name) @definition.type)
  (protocol_body (typealias_declaration name: (type_identifier) @name) @definition.type)
  (protocol_body (associatedtype_declaration name: (type_identifier) @name) @definition.type)])
