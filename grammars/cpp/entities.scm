; C++. Entities: namespaces; classes, structs, unions and enums (`enum class` too), nested
; ones included; their members: methods, constructors, destructors, operators, fields, member
; types; free functions and prototypes; namespace-scope variables and constants; typedefs and
; `using` aliases; concepts; #define macros; GoogleTest tests. `template <...>` is a wrapper
; node (language.toml): it belongs to the definition it introduces, which needs no pattern of
; its own.
;
; Out-of-line members. `double Shape::area() const { ... }` names its class with @scope: it
; nests under that class when the file has it and is named `Shape::area` either way;
; `ns::Shape::area` gives every part of its qualifier as @scope.
;
; Overloads. @overload captures each parameter's type: `parse(int)` and `parse(double)` are
; two entities, and renaming a parameter keeps the key. Only the type node is taken: `const
; T&` and `T&&` both read `T` (the pointer and reference marks sit in the declarator, with the
; parameter's name), so overloads that differ only there, or only in a trailing `const`, are
; told apart by their order in the file. The parameter list is matched as one repetition
; between "(" and ")", and never inside an alternation: either way tree-sitter reports one
; match per parameter instead of one per function, which is why callables have a pattern per
; shape below.
;
; Locals. A definition inside a function body is part of that function. Function definitions
; and classes are found anywhere, and `local_scopes` (language.toml) drops those inside a
; function. Declarations, typedefs, aliases and macros may also appear in a body; the big
; pattern near the end lists the places where they are at namespace scope, one alternative per
; place (the query predates local_scopes, which could replace that list):
;   (translation_unit D)                  directly in the file;
;   (declaration_list D)                  in a namespace or an `extern "C" { ... }` block;
;   (template_declaration D)              introduced by `template <...>` (never local);
;   (linkage_specification D)             behind `extern "C"` without braces;
;   (translation_unit (_ P D)) ...        in one or two preprocessor conditionals in those;
;   (_ P (_ P (_ P D)))                   three or more conditionals deep: anywhere.
; `(_ P ...)` is a node whose first child is an #if, #ifdef, #ifndef, #elif or #else token: an
; #if block or one of its #elif/#else branches. The last line's price is that a local three
; conditionals deep in a function body is taken for a namespace-scope one (rare).
;
; Cost. Every process compiles the query once, and each top-level alternative costs about as
; much as a pattern: definitions that need no @overload share one alternation per place
; (told apart by their shapes and the predicates at its end), and class members are found in
; the class body (`field_declaration_list`) without listing places.
;
; When two patterns capture one node, the first wins: tests before constructors, constructors
; and destructors before methods, methods (in a class body) before functions, prototypes with
; their parameter types before the same shape without them.

; Namespaces, `namespace a::b { }` included (named `a::b`). An anonymous namespace is not an
; entity: its members are file-local members of the enclosing one.
(namespace_definition
  name: [(namespace_identifier) (nested_namespace_specifier)] @name) @definition.namespace

; GoogleTest's `TEST(Suite, Name) { ... }` (and TEST_F, TEST_P, TYPED_TEST) defines a test,
; named `Suite.Name` as GoogleTest reports it.
((function_definition
   !type
   declarator: (function_declarator
     declarator: (identifier) @_macro
     parameters: (parameter_list
       .
       (parameter_declaration type: (type_identifier) @name.suite)
       .
       (parameter_declaration type: (type_identifier) @name)
       .))) @definition.test
 (#any-of? @_macro "TEST" "TEST_F" "TEST_P" "TYPED_TEST" "TYPED_TEST_P"))

; Constructors: a function without a return type, in its class (`Shape(int w);`,
; `explicit Shape(int w) : w_(w) {}`) or outside it (`Shape::Shape(int w) : w_(w) {}`). A
; macro call in a class body (`DISALLOW_COPY_AND_ASSIGN(Shape);`) has that shape too: an
; all-capitals name with an underscore is taken for a macro.
((function_definition
   !type
   declarator: (function_declarator
                 declarator: [(identifier) @name
                              [(qualified_identifier
                                 scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                 name: (identifier) @name)
                               (qualified_identifier
                                 scope: (namespace_identifier) @scope
                                 name: (qualified_identifier
                                   scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                   name: (identifier) @name))
                               (qualified_identifier
                                 scope: (namespace_identifier) @scope
                                 name: (qualified_identifier
                                   scope: (namespace_identifier) @scope
                                   name: (qualified_identifier
                                     scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                     name: (identifier) @name)))]]
                 parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.constructor
 (#not-match? @name "^[A-Z][A-Z0-9]*_[A-Z0-9_]*$"))
((declaration
   !type
   declarator: (function_declarator
                 declarator: (identifier) @name
                 parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.constructor
 (#not-match? @name "^[A-Z][A-Z0-9]*_[A-Z0-9_]*$"))

; Destructors and conversion operators (`operator bool`, named so), in the class or outside.
(function_definition
  declarator: [(function_declarator
                 declarator: [(destructor_name) @name
                              [(qualified_identifier
                                 scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                 name: (destructor_name) @name)
                               (qualified_identifier
                                 scope: (namespace_identifier) @scope
                                 name: (qualified_identifier
                                   scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                   name: (destructor_name) @name))
                               (qualified_identifier
                                 scope: (namespace_identifier) @scope
                                 name: (qualified_identifier
                                   scope: (namespace_identifier) @scope
                                   name: (qualified_identifier
                                     scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                     name: (destructor_name) @name)))]])
               (operator_cast "operator" @name type: (_) @name.cast)
               [(qualified_identifier
                  scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                  name: (operator_cast "operator" @name type: (_) @name.cast))
                (qualified_identifier
                  scope: (namespace_identifier) @scope
                  name: (qualified_identifier
                    scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                    name: (operator_cast "operator" @name type: (_) @name.cast)))
                (qualified_identifier
                  scope: (namespace_identifier) @scope
                  name: (qualified_identifier
                    scope: (namespace_identifier) @scope
                    name: (qualified_identifier
                      scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                      name: (operator_cast "operator" @name type: (_) @name.cast))))]]) @definition.method
(declaration
  declarator: [(function_declarator
                 declarator: (destructor_name) @name)
               (operator_cast "operator" @name type: (_) @name.cast)]) @definition.method

; Other out-of-line member definitions: `double Shape::area() const`, `Box<T>::set(T v)`,
; `Shape& Shape::operator=(const Shape&)`. A qualified definition is taken for a member (a free
; function defined as `ns::f` is rarer).
(function_definition
  declarator: (function_declarator
                declarator: [(qualified_identifier
                               scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                               name: [(identifier) (operator_name)] @name)
                             (qualified_identifier
                               scope: (namespace_identifier) @scope
                               name: (qualified_identifier
                                 scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                 name: [(identifier) (operator_name)] @name))
                             (qualified_identifier
                               scope: (namespace_identifier) @scope
                               name: (qualified_identifier
                                 scope: (namespace_identifier) @scope
                                 name: (qualified_identifier
                                   scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                   name: [(identifier) (operator_name)] @name)))]
                parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method
(function_definition
  declarator: (_ (function_declarator
                   declarator: [(qualified_identifier
                                  scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                  name: [(identifier) (operator_name)] @name)
                                (qualified_identifier
                                  scope: (namespace_identifier) @scope
                                  name: (qualified_identifier
                                    scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                    name: [(identifier) (operator_name)] @name))
                                (qualified_identifier
                                  scope: (namespace_identifier) @scope
                                  name: (qualified_identifier
                                    scope: (namespace_identifier) @scope
                                    name: (qualified_identifier
                                      scope: [(namespace_identifier) @scope (template_type name: (type_identifier) @scope)]
                                      name: [(identifier) (operator_name)] @name)))]
                   parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method

; Methods in a class body, defined there (operators `operator==`, `operator()` included)...
(field_declaration_list
  (function_definition
    declarator: (function_declarator
                  declarator: [(identifier) (field_identifier) (operator_name)] @name
                  parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method)
(field_declaration_list
  (function_definition
    declarator: (_ (function_declarator
                     declarator: [(identifier) (field_identifier) (operator_name)] @name
                     parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method)
(field_declaration_list
  (template_declaration
    (function_definition
      declarator: (function_declarator
                    declarator: [(identifier) (field_identifier) (operator_name)] @name
                    parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method))
(field_declaration_list
  (template_declaration
    (function_definition
      declarator: (_ (function_declarator
                       declarator: [(identifier) (field_identifier) (operator_name)] @name
                       parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method))

; ... or declared there (`virtual double area() const = 0;`). A method declared in the class
; and defined outside it is two entities, as a C prototype and its definition are.
(field_declaration
  declarator: (function_declarator
                declarator: [(identifier) (field_identifier) (operator_name)] @name
                parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method
(field_declaration
  declarator: (_ (function_declarator
                   declarator: [(identifier) (field_identifier) (operator_name)] @name
                   parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method

; Member types: `using Ptr = std::unique_ptr<Shape>;`, `typedef int size_type;`.
(field_declaration_list
  [(alias_declaration name: (type_identifier) @name)
   (type_definition declarator: (type_identifier) @name)] @definition.type)
(field_declaration_list
  (template_declaration
    (alias_declaration name: (type_identifier) @name) @definition.type))

; Fields: data members, static ones included, named after the first declarator (`int x, y;` is
; one entity `x`). `const`/`constexpr` members are constants.
([(field_declaration
    declarator: [(field_identifier) @name
                 (_ declarator: (field_identifier) @name)
                 (reference_declarator (field_identifier) @name)
                 (_ declarator: (parenthesized_declarator (_ declarator: (field_identifier) @name)))]) @definition.const
  (field_declaration
    declarator: [(field_identifier) @name
                 (_ declarator: (field_identifier) @name)
                 (reference_declarator (field_identifier) @name)
                 (_ declarator: (parenthesized_declarator (_ declarator: (field_identifier) @name)))]) @definition.field]
 (#match? @definition.const "^[^=({<]*\\b(const|constexpr)\\b")
 (#not-match? @definition.field "^[^=({<]*\\b(const|constexpr)\\b"))

; Free functions (a friend function defined in a class nests under the class).
(function_definition
  declarator: (function_declarator
                declarator: [(identifier) (operator_name)] @name
                parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function
(function_definition
  declarator: (_ (function_declarator
                   declarator: [(identifier) (operator_name)] @name
                   parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function

; Prototypes in the file, in a namespace or behind `template <...>`, with their parameter types.
(translation_unit
  (declaration
    declarator: (function_declarator
                  declarator: [(identifier) (operator_name)] @name
                  parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function)
(translation_unit
  (declaration
    declarator: (_ (function_declarator
                     declarator: [(identifier) (operator_name)] @name
                     parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function)
(declaration_list
  (declaration
    declarator: (function_declarator
                  declarator: [(identifier) (operator_name)] @name
                  parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function)
(declaration_list
  (declaration
    declarator: (_ (function_declarator
                     declarator: [(identifier) (operator_name)] @name
                     parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function)
(template_declaration
  (declaration
    declarator: (function_declarator
                  declarator: [(identifier) (operator_name)] @name
                  parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function)
(template_declaration
  (declaration
    declarator: (_ (function_declarator
                     declarator: [(identifier) (operator_name)] @name
                     parameters: (parameter_list "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function)

; Namespace scope (see "Locals" above): prototypes in preprocessor conditionals (without their
; parameter types), constants, variables, typedefs, `using` aliases, macros.
; - A declaration qualified `const` or `constexpr` before its declarator is a constant.
; - A `#define` without a value (header guards, `#define HAVE_FOO`) is a flag, not an entity.
; - An unknown macro before a declaration can make the parser read a keyword as a name: those
;   are not entities.
([(translation_unit
    [(declaration declarator: [(function_declarator
                                 declarator: [(identifier) (operator_name)] @name)
                               (_ (function_declarator
                                    declarator: [(identifier) (operator_name)] @name))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
     (type_definition declarator: [(type_identifier) @name
                                   (_ declarator: (type_identifier) @name)
                                   (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
     (alias_declaration name: (type_identifier) @name) @definition.type
     (preproc_function_def name: (identifier) @name) @definition.macro
     (preproc_def name: (identifier) @name value: (_)) @definition.macro])
  (declaration_list
    [(declaration declarator: [(function_declarator
                                 declarator: [(identifier) (operator_name)] @name)
                               (_ (function_declarator
                                    declarator: [(identifier) (operator_name)] @name))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
     (type_definition declarator: [(type_identifier) @name
                                   (_ declarator: (type_identifier) @name)
                                   (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
     (alias_declaration name: (type_identifier) @name) @definition.type
     (preproc_function_def name: (identifier) @name) @definition.macro
     (preproc_def name: (identifier) @name value: (_)) @definition.macro])
  (template_declaration
    [(declaration declarator: [(function_declarator
                                 declarator: [(identifier) (operator_name)] @name)
                               (_ (function_declarator
                                    declarator: [(identifier) (operator_name)] @name))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
     (alias_declaration name: (type_identifier) @name) @definition.type])
  (linkage_specification
    [(declaration declarator: [(function_declarator
                                 declarator: [(identifier) (operator_name)] @name)
                               (_ (function_declarator
                                    declarator: [(identifier) (operator_name)] @name))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (reference_declarator (identifier) @name)
                               (_ declarator: (reference_declarator (identifier) @name))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable])
  (translation_unit
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      [(declaration declarator: [(function_declarator
                                   declarator: [(identifier) (operator_name)] @name)
                                 (_ (function_declarator
                                      declarator: [(identifier) (operator_name)] @name))]) @definition.function
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (reference_declarator (identifier) @name)
                                 (_ declarator: (reference_declarator (identifier) @name))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (reference_declarator (identifier) @name)
                                 (_ declarator: (reference_declarator (identifier) @name))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
       (type_definition declarator: [(type_identifier) @name
                                     (_ declarator: (type_identifier) @name)
                                     (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
       (alias_declaration name: (type_identifier) @name) @definition.type
       (preproc_function_def name: (identifier) @name) @definition.macro
       (preproc_def name: (identifier) @name value: (_)) @definition.macro]))
  (declaration_list
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      [(declaration declarator: [(function_declarator
                                   declarator: [(identifier) (operator_name)] @name)
                                 (_ (function_declarator
                                      declarator: [(identifier) (operator_name)] @name))]) @definition.function
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (reference_declarator (identifier) @name)
                                 (_ declarator: (reference_declarator (identifier) @name))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (reference_declarator (identifier) @name)
                                 (_ declarator: (reference_declarator (identifier) @name))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
       (type_definition declarator: [(type_identifier) @name
                                     (_ declarator: (type_identifier) @name)
                                     (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
       (alias_declaration name: (type_identifier) @name) @definition.type
       (preproc_function_def name: (identifier) @name) @definition.macro
       (preproc_def name: (identifier) @name value: (_)) @definition.macro]))
  (translation_unit
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator
                                     declarator: [(identifier) (operator_name)] @name)
                                   (_ (function_declarator
                                        declarator: [(identifier) (operator_name)] @name))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (alias_declaration name: (type_identifier) @name) @definition.type
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))
  (declaration_list
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator
                                     declarator: [(identifier) (operator_name)] @name)
                                   (_ (function_declarator
                                        declarator: [(identifier) (operator_name)] @name))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (alias_declaration name: (type_identifier) @name) @definition.type
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))
  (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator
                                     declarator: [(identifier) (operator_name)] @name)
                                   (_ (function_declarator
                                        declarator: [(identifier) (operator_name)] @name))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (reference_declarator (identifier) @name)
                                   (_ declarator: (reference_declarator (identifier) @name))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (alias_declaration name: (type_identifier) @name) @definition.type
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))]
 (#match? @definition.const "^[^=({<]*\\b(const|constexpr)\\b")
 (#not-match? @definition.variable "^[^=({<]*\\b(const|constexpr)\\b")
 (#not-match? @name "^(struct|union|enum|class)$"))

; Classes, structs, unions and enums with a body (a forward declaration `class Shape;` is not
; an entity). The name is as written: `hash<Shape>` for a specialization, `Outer::Inner` when
; defined outside `Outer`. A member class is a `field_declaration` around its specifier, a
; wrapper node: its `;` belongs to the class.
[(class_specifier name: [(type_identifier) (template_type) (qualified_identifier)] @name body: (_)) @definition.class
 (struct_specifier name: [(type_identifier) (template_type) (qualified_identifier)] @name body: (_)) @definition.struct
 (union_specifier name: [(type_identifier) (template_type) (qualified_identifier)] @name body: (_)) @definition.union
 (enum_specifier name: [(type_identifier) (template_type) (qualified_identifier)] @name body: (_)) @definition.enum]

; An export macro between `class` and the name (`class MYLIB_API Widget : public Base { ... }`)
; is read by the grammar as a function `Widget` returning `class MYLIB_API`, whose body holds
; the members. The class is still an entity; the member functions the parser finds in that
; body nest under it (as functions).
((function_definition
   type: [(class_specifier name: (type_identifier) @_macro !body)
          (struct_specifier name: (type_identifier) @_macro !body)]
   declarator: (identifier) @name
   body: (compound_statement)) @definition.class
 (#match? @_macro "^[A-Z][A-Z0-9_]*$"))

; C++20 concepts: named requirements on types.
(template_declaration
  (concept_definition name: (identifier) @name) @definition.trait)
