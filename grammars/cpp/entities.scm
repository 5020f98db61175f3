; C++. Entities: namespaces; classes, structs, unions and enums (`enum class` too), nested
; ones included; their members: methods, constructors, destructors, operators, fields, member
; types; free functions and prototypes; namespace-scope variables and constants; typedefs and
; `using` aliases; concepts; #define macros; GoogleTest tests. `template <...>` is a wrapper
; node (language.toml): it belongs to the definition it introduces, which needs no pattern of
; its own.
;
; Locals. A definition inside a function body (or a lambda's) is part of that function:
; `local_scopes` (language.toml) drops it. So every pattern matches its form wherever it
; appears (in the file, a namespace, `extern "C"`, a class, any #if branch, the part of a file
; around which the parser recovered from an error) without listing those places.
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
; shape (`f(...)` and `*f(...)`/`&f(...)`) below.
;
; Cost. Every process that reads a C++ file compiles the query once: about 0.08 s (0.55 s when
; it listed places). Compiling, tree-sitter checks each named node that has children in a
; pattern against the grammar's parse states; for a node that occurs in many places
; (function_definition, declaration) that costs milliseconds, and more when a child must be a
; given node type. A wildcard `(_ ...)` is not checked. So a pattern names its root (and, for
; members, the class body above it), and below it writes nodes with children as `_`, told
; apart by their fields or tokens (leaves keep their names):
;   (_ declarator: D parameters: P)   a function_declarator, `f(int)`;
;   (_ (_ declarator: D parameters: P)) the same behind a pointer or reference, `*f(int)`;
;   (_ scope: S name: N)              a qualified_identifier, `Shape::area`;
;   (_ name: (type_identifier))       in a scope: a template_type, `Box<T>::`;
;   (_ "(" ... )                      a parameter list, or a parenthesized_declarator `(*f)`;
;   (_ ["&" "&&"] ...)                a reference_declarator, `&r`;
;   (_ "operator" type: T)            an operator_cast, `operator bool`;
;   (_) @name                         right under a root, with `#match? @name "^[\w$]+$"`
;                                     at the pattern's end: a plain name, `x` (a named leaf
;                                     there costs as much as the rest of the pattern; this
;                                     also takes the `size_t` of `typedef size_t size_t;`,
;                                     read by the grammar as a primitive type).
; Alternatives cost little inside a node and like a pattern each at the top of one: the
; constants, variables, types and macros share one alternation, told apart by node type and
; the predicates at its end. Listed at a pattern's root, fields follow the grammar's order
; (`type:` before `declarator:`), which is cheaper to check.
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
   declarator: (_
     declarator: (identifier) @_macro
     parameters: (_
       .
       (_ type: (type_identifier) @name.suite)
       .
       (_ type: (type_identifier) @name)
       .))) @definition.test
 (#any-of? @_macro "TEST" "TEST_F" "TEST_P" "TYPED_TEST" "TYPED_TEST_P"))

; Constructors: a function without a return type, in its class (`Shape(int w);`,
; `explicit Shape(int w) : w_(w) {}`) or outside it (`Shape::Shape(int w) : w_(w) {}`). A
; macro call in a class body (`DISALLOW_COPY_AND_ASSIGN(Shape);`) has that shape too: an
; all-capitals name with an underscore is taken for a macro.
((function_definition
   !type
   declarator: (_
     declarator: [(identifier) @name
                  (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                     name: (identifier) @name)
                  (_ scope: (namespace_identifier) @scope
                     name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                              name: (identifier) @name))
                  (_ scope: (namespace_identifier) @scope
                     name: (_ scope: (namespace_identifier) @scope
                              name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                       name: (identifier) @name)))]
     parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.constructor
 (#not-match? @name "^[A-Z][A-Z0-9]*_[A-Z0-9_]*$"))
((declaration
   !type
   declarator: (_
     declarator: (identifier) @name
     parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.constructor
 (#not-match? @name "^[A-Z][A-Z0-9]*_[A-Z0-9_]*$"))

; Destructors and conversion operators (`operator bool`, named so), in the class or outside.
(function_definition
  declarator: [(_
                 declarator: [(destructor_name) @name
                              (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                 name: (destructor_name) @name)
                              (_ scope: (namespace_identifier) @scope
                                 name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                          name: (destructor_name) @name))
                              (_ scope: (namespace_identifier) @scope
                                 name: (_ scope: (namespace_identifier) @scope
                                          name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                                   name: (destructor_name) @name)))])
               (_ "operator" @name type: (_) @name.cast)
               (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                  name: (_ "operator" @name type: (_) @name.cast))
               (_ scope: (namespace_identifier) @scope
                  name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                           name: (_ "operator" @name type: (_) @name.cast)))
               (_ scope: (namespace_identifier) @scope
                  name: (_ scope: (namespace_identifier) @scope
                           name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                    name: (_ "operator" @name type: (_) @name.cast))))]) @definition.method
(declaration
  declarator: [(_ declarator: (destructor_name) @name)
               (_ "operator" @name type: (_) @name.cast)]) @definition.method

; Other out-of-line member definitions: `double Shape::area() const`, `Box<T>::set(T v)`,
; `Shape& Shape::operator=(const Shape&)`. A qualified definition is taken for a member (a free
; function defined as `ns::f` is rarer).
(function_definition
  declarator: (_
    declarator: [(_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                    name: [(identifier) (operator_name)] @name)
                 (_ scope: (namespace_identifier) @scope
                    name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                             name: [(identifier) (operator_name)] @name))
                 (_ scope: (namespace_identifier) @scope
                    name: (_ scope: (namespace_identifier) @scope
                             name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                      name: [(identifier) (operator_name)] @name)))]
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method
(function_definition
  declarator: (_ (_
    declarator: [(_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                    name: [(identifier) (operator_name)] @name)
                 (_ scope: (namespace_identifier) @scope
                    name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                             name: [(identifier) (operator_name)] @name))
                 (_ scope: (namespace_identifier) @scope
                    name: (_ scope: (namespace_identifier) @scope
                             name: (_ scope: [(namespace_identifier) @scope (_ name: (type_identifier) @scope)]
                                      name: [(identifier) (operator_name)] @name)))]
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method

; Methods in a class body, defined there (operators `operator==`, `operator()` included; also
; `= default` and `= delete`, which have no body)...
(field_declaration_list
  (function_definition
    declarator: (_
      declarator: [(identifier) (field_identifier) (operator_name)] @name
      parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method)
(field_declaration_list
  (function_definition
    declarator: (_ (_
      declarator: [(identifier) (field_identifier) (operator_name)] @name
      parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method)
; ... member templates (`(_ declarator: ... body: ...)` is the function_definition: a
; declaration has no body) ...
(field_declaration_list
  (template_declaration
    (_
      declarator: (_
        declarator: [(identifier) (field_identifier) (operator_name)] @name
        parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))
      body: (_)) @definition.method))
(field_declaration_list
  (template_declaration
    (_
      declarator: (_ (_
        declarator: [(identifier) (field_identifier) (operator_name)] @name
        parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))
      body: (_)) @definition.method))

; ... or declared there (`virtual double area() const = 0;`). A method declared in the class
; and defined outside it is two entities, as a C prototype and its definition are.
(field_declaration
  declarator: (_
    declarator: [(identifier) (field_identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.method
(field_declaration
  declarator: (_ (_
    declarator: [(identifier) (field_identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.method

; Fields: data members, static ones included, named after the first declarator (`int x, y;` is
; one entity `x`). `const`/`constexpr` members are constants. Shapes: `x` (a plain name, see
; "Cost"), `*x`/`x[4]`/`x = 0`, `&x`, `(*x)(int)`.
([(field_declaration
    declarator: [(_) @name
                 (_ declarator: (field_identifier) @name)
                 (_ ["&" "&&"] (field_identifier) @name)
                 (_ declarator: (_ "(" (_ declarator: (field_identifier) @name)))]) @definition.const
  (field_declaration
    declarator: [(_) @name
                 (_ declarator: (field_identifier) @name)
                 (_ ["&" "&&"] (field_identifier) @name)
                 (_ declarator: (_ "(" (_ declarator: (field_identifier) @name)))]) @definition.field]
 (#match? @definition.const "^[^=({<]*\\b(const|constexpr)\\b")
 (#not-match? @definition.field "^[^=({<]*\\b(const|constexpr)\\b")
 (#match? @name "^[\\w$]+$"))

; Free functions (a friend function defined in a class nests under the class).
(function_definition
  declarator: (_
    declarator: [(identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function
(function_definition
  declarator: (_ (_
    declarator: [(identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function

; Prototypes, with their parameter types (a friend declaration in a class nests under it).
; A declaration without a type is a constructor (above) or a macro call in a class body.
(declaration
  type: (_)
  declarator: (_
    declarator: [(identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")"))) @definition.function
(declaration
  type: (_)
  declarator: (_ (_
    declarator: [(identifier) (operator_name)] @name
    parameters: (_ "(" [(_ type: (_) @overload) "..." @overload (comment) ","]* ")")))) @definition.function
; ... and without them when the parameter list holds something else (a preprocessor
; conditional): a function all the same, not a variable.
(declaration
  type: (_)
  declarator: [(_ declarator: [(identifier) (operator_name)] @name parameters: (_))
               (_ (_ declarator: [(identifier) (operator_name)] @name parameters: (_)))]) @definition.function

; Constants, variables, typedefs, `using` aliases and macros.
; - A declaration qualified `const` or `constexpr` before its declarator is a constant. The
;   name is the first declarator's, under pointers, arrays, initialisers and parentheses:
;   `x` (a plain name, see "Cost"), `*x`/`x[4]`/`x = 1`, `&x`, `**x`/`*x[4]`/`*x = p`...,
;   `(*x)(int)`.
; - A `#define` without a value (header guards, `#define HAVE_FOO`) is a flag, not an entity.
; - An unknown macro before a declaration can make the parser read a keyword as a name: those
;   are not entities.
([(declaration
    type: (_)
    declarator: [(_) @name
                 (_ ["&" "&&"] (identifier) @name)
                 (_ declarator: [(identifier) @name
                                 (_ ["&" "&&"] (identifier) @name)
                                 (_ declarator: [(identifier) @name (_ declarator: (identifier) @name)])
                                 (_ "(" (_ declarator: (identifier) @name))
                                 (_ declarator: (_ "(" (_ declarator: (identifier) @name)))])]) @definition.const
  (declaration
    type: (_)
    declarator: [(_) @name
                 (_ ["&" "&&"] (identifier) @name)
                 (_ declarator: [(identifier) @name
                                 (_ ["&" "&&"] (identifier) @name)
                                 (_ declarator: [(identifier) @name (_ declarator: (identifier) @name)])
                                 (_ "(" (_ declarator: (identifier) @name))
                                 (_ declarator: (_ "(" (_ declarator: (identifier) @name)))])]) @definition.variable
  (type_definition
    declarator: [(_) @name
                 (_ declarator: (type_identifier) @name)
                 (_ declarator: (_ "(" (_ declarator: (type_identifier) @name)))]) @definition.type
  (alias_declaration name: (type_identifier) @name) @definition.type
  (preproc_function_def name: (identifier) @name) @definition.macro
  (preproc_def name: (identifier) @name value: (_)) @definition.macro]
 (#match? @definition.const "^[^=({<]*\\b(const|constexpr)\\b")
 (#not-match? @definition.variable "^[^=({<]*\\b(const|constexpr)\\b")
 (#match? @name "^[\\w$]+$")
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
; the members. The class is still an entity; what the parser finds in that body is part of it,
; as in any function body.
((function_definition
   type: (_ ["class" "struct"] name: (type_identifier) @_macro !body)
   declarator: (_) @name
   body: (_)) @definition.class
 (#match? @_macro "^[A-Z][A-Z0-9_]*$")
 (#match? @name "^[\\w$]+$"))

; C++20 concepts: named requirements on types.
(template_declaration
  (concept_definition name: (identifier) @name) @definition.trait)
