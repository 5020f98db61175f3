; Julia. Modules, functions and their methods (both `function f(x) ... end` and `f(x) = ...`),
; macros, structs and their fields and inner constructors, abstract and primitive types,
; `@enum`s, constants and global variables.
;
; Methods of one function are told apart by their parameter types (@overload), as Julia
; dispatches on them: `area(c::Circle)` and `area(b::Box)` are two entities, and renaming a
; parameter keeps the key. An untyped parameter is `Any` and adds nothing. The parameter
; list is one repetition between "(" and ")", so that one match holds every type (a bare
; `(typed_expression)*` gives one match per parameter). Typed keyword arguments (after `;`)
; are listed too, though Julia does not dispatch on them: leaving them out takes a pattern
; that tree-sitter needs seconds to compile.
;
; A method's definition node is its call head (`area(c::Circle)`). The grammar nests it
; differently per form (`function` signature or `=` left side, with or without a return type
; or a `where` clause); language.toml's wrapper_nodes grow it to the whole definition, with a
; macro in front of it (`@inline f(x) = ...`). The patterns do not look at where a method is
; written: one defined inside another function's body (rare in Julia, where closures are
; mostly anonymous) nests under that function instead of being part of it: telling the
; places apart would repeat each method pattern per place (file, module, macro call), and
; compiling those takes seconds.
;
; When two patterns capture one node, the first pattern wins: inner constructors first.

(module_definition name: (identifier) @name) @definition.namespace

(macro_definition
  (signature (call_expression . (identifier) @name))) @definition.macro

; Inner constructors: methods in a struct's body (`Box(w) = new(w, w)`). Named, not told
; apart by their parameters: a struct has few.
(struct_definition
  (block
    [(function_definition
       (signature
         [(call_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)]) @definition.constructor
          (where_expression . (call_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)]) @definition.constructor)]))
     (assignment
       .
       [(call_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)]) @definition.constructor
        (where_expression . (call_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)]) @definition.constructor)]
       .
       (operator))]))

; Method heads, in the four places the grammar puts one. The callee is the function's name:
; `area`, `+`, `Base.show` (its module is the @scope), `Base.:+`, `Shapes.Box{T}` (an outer
; constructor), or a functor's type (`(c::Circle)(x)` is a method of `Circle`). Three
; patterns, not one alternation: tree-sitter misses matches of an alternation of these.
(function_definition
  (signature
   .
   (call_expression
     [(identifier) @name
      (operator) @name
      (parametrized_type_expression . (identifier) @name)
      (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)
      (parenthesized_expression [(typed_expression (_) @name .) (unary_typed_expression (_) @name .)])]
     (argument_list "("
       [(typed_expression (_) @overload .) (unary_typed_expression (_) @overload .)
        (assignment . (typed_expression (_) @overload .))
        (splat_expression (typed_expression (_) @overload .) "..." @overload)
        (_) "," ";"]*
      ")")) @definition.function))
(assignment
  .
  (call_expression
    [(identifier) @name
     (operator) @name
     (parametrized_type_expression . (identifier) @name)
     (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)
     (parenthesized_expression [(typed_expression (_) @name .) (unary_typed_expression (_) @name .)])]
    (argument_list "("
      [(typed_expression (_) @overload .) (unary_typed_expression (_) @overload .)
       (assignment . (typed_expression (_) @overload .))
       (splat_expression (typed_expression (_) @overload .) "..." @overload)
       (_) "," ";"]*
     ")")) @definition.function
  .
  (operator))
; `f(x::T) where {T}`: `where` follows only a method head (a type's `where` follows a type).
(where_expression
  .
  (call_expression
    [(identifier) @name
     (operator) @name
     (parametrized_type_expression . (identifier) @name)
     (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)
     (parenthesized_expression [(typed_expression (_) @name .) (unary_typed_expression (_) @name .)])]
    (argument_list "("
      [(typed_expression (_) @overload .) (unary_typed_expression (_) @overload .)
       (assignment . (typed_expression (_) @overload .))
       (splat_expression (typed_expression (_) @overload .) "..." @overload)
       (_) "," ";"]*
     ")")) @definition.function)

; With a return type (`f(x)::Int`, in a signature or on the left of `=`; elsewhere `::`
; asserts a call's type). Rare: named, without their parameter types.
[(signature
   (typed_expression
     .
     (call_expression
       [(identifier) @name
        (operator) @name
        (parametrized_type_expression . (identifier) @name)
        (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)]) @definition.function))
 (where_expression
   .
   (typed_expression
     .
     (call_expression
       [(identifier) @name
        (operator) @name
        (parametrized_type_expression . (identifier) @name)
        (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)]) @definition.function))
 (assignment
   .
   (typed_expression
     .
     (call_expression
       [(identifier) @name
        (operator) @name
        (parametrized_type_expression . (identifier) @name)
        (field_expression value: (_) @scope . [(identifier) (quote_expression)] @name)]) @definition.function)
   .
   (operator))]

; `function f end`: a function with no method yet (its docstring's usual home).
(function_definition (signature . (identifier) @name .)) @definition.function

; Types. `struct`, `mutable struct`; `abstract type`, `primitive type`. The name is the
; head's first identifier: `Box` in `Box{T} <: Polygon`.
(struct_definition
  (type_head
    [(identifier) @name
     (parametrized_type_expression . (identifier) @name)
     (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])])) @definition.struct
[(abstract_definition
   (type_head
     [(identifier) @name
      (parametrized_type_expression . (identifier) @name)
      (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])]))
 (primitive_definition
   (type_head
     [(identifier) @name
      (parametrized_type_expression . (identifier) @name)
      (binary_expression . [(identifier) @name (parametrized_type_expression . (identifier) @name)])]))] @definition.type

; `@enum Color red green` (also `@enum Color::UInt8 ...`) defines the type Color.
((macrocall_expression
   (macro_identifier . (identifier) @_enum)
   (macro_argument_list . [(identifier) @name (typed_expression . (identifier) @name)])) @definition.enum
 (#eq? @_enum "enum"))

; Fields: `r::Float64`, `name`, and with a default under `@kwdef` (`x::Int = 1`).
(struct_definition
  (block
    [(typed_expression . (identifier) @name) @definition.field
     (identifier) @name @definition.field
     (assignment . [(typed_expression . (identifier) @name) (identifier) @name] . (operator)) @definition.field]))

; Constants and globals of a module or file (assignments elsewhere are local). `const a, b =
; 1, 2` is one entity, named after its first name.
[(source_file
   (const_statement
     (assignment . [(identifier) @name (typed_expression . (identifier) @name) (open_tuple . (identifier) @name)])) @definition.const)
 (module_definition
   (block
     (const_statement
       (assignment . [(identifier) @name (typed_expression . (identifier) @name) (open_tuple . (identifier) @name)])) @definition.const))]
[(source_file
   [(assignment . [(identifier) @name (typed_expression . (identifier) @name) (open_tuple . (identifier) @name)] . (operator))
    (global_statement (assignment . [(identifier) @name (typed_expression . (identifier) @name)]))
    (global_statement . (identifier) @name)] @definition.variable)
 (module_definition
   (block
     [(assignment . [(identifier) @name (typed_expression . (identifier) @name) (open_tuple . (identifier) @name)] . (operator))
      (global_statement (assignment . [(identifier) @name (typed_expression . (identifier) @name)]))
      (global_statement . (identifier) @name)] @definition.variable))]

; Docstrings: a string right before a definition, in a file, module or struct body (a field's
; docstring). Compared as comments; language.toml attaches them to what they document.
((source_file
   (string_literal) @doc
   .
   [(module_definition) (function_definition) (macro_definition) (struct_definition)
    (abstract_definition) (primitive_definition) (const_statement) (global_statement)
    (assignment) (macrocall_expression) (identifier)]))
((block
   (string_literal) @doc
   .
   [(module_definition) (function_definition) (macro_definition) (struct_definition)
    (abstract_definition) (primitive_definition) (const_statement) (global_statement)
    (assignment) (macrocall_expression) (identifier) (typed_expression)]))
