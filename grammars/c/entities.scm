; C. Entities are what a file declares at file scope: functions, prototypes, global variables
; and constants, typedefs, named structs/unions/enums, and #define macros. Everything inside a
; function body (locals, local structs and typedefs, a #define written in a function) is part
; of that function; struct members are part of their struct.
;
; Function definitions cannot nest, so they are found anywhere. Every other definition may
; also appear in a function body, and a query cannot say "not inside a function body": the
; big pattern below lists the places where a declaration is at file scope, one alternative
; per place, each holding the same alternation of definitions D:
;   (translation_unit D)                  directly in the file;
;   (declaration_list D)                  in an `extern "C" { ... }` block;
;   (linkage_specification D)             behind `extern "C"` without braces;
;   (translation_unit (_ P D)) ...        in one or two preprocessor conditionals in those;
;   (_ P (_ P (_ P D)))                   three or more conditionals deep: anywhere.
; `(_ P ...)` is a node whose first child is an #if, #ifdef, #ifndef, #elif or #else token: an
; #if block or one of its #elif/#else branches (a branch nests inside its #if). The last line
; is for deep headers (guard, `#ifdef __cplusplus`, `#if`, `#else`); its price is that a local
; three conditionals deep in a function body is taken for a file-scope one (rare).
;
; Each top-level alternative costs query compilation time (every process compiles the query
; once), while alternatives inside a node cost less: that is why the definitions share one
; alternation per place instead of having one pattern each. When two alternatives match one
; declaration, tree-sitter reports them in their order and the first is kept, so prototypes
; come first (a variable's declarator shapes also match a function declarator); constants and
; variables are told apart by the predicates at the end, as are typedefs of a struct body and
; other typedefs.
;
; Names. A declarator wraps the name in pointers, arrays, initialisers and parentheses
; (`*const names[] = ...`, `(*hook)(int)`): the alternatives follow those shapes to the
; identifier. `int a, b;` is one entity, named after its first declarator.
;
; Kinds.
; - A prototype (a function declared without a body) is a `function` of its own: a header is
;   mostly these. A prototype and the definition in one file are two entities of one name.
; - A declaration qualified `const` (or C23 `constexpr`) before its declarator is a `const`
;   (`static const char *const names[] = {...}`), any other a `variable` (`extern` included; a
;   function pointer `void (*hook)(int)` is a variable).
; - `typedef struct [tag] { ... } name_t;` is the struct, named after the typedef: the name
;   the code uses (and the only one an anonymous struct has); same for unions and enums.
;   Every other typedef is a `type` (`typedef int (*cmp_fn)(const void *, const void *);`).
; - `struct node { ... };` on its own is a struct; a forward declaration (`struct node;`)
;   defines nothing, and a struct defined in a variable's declaration
;   (`static struct { ... } state;`) is part of that variable.
; - `#define NAME value` and `#define NAME(args) body` are macros; one without a value (header
;   guards, `#define HAVE_FOO`) is a flag, not an entity.
; An unknown macro before a declaration can make the parser read a keyword as a name
; (`static INLINE enum e f(void)`): those are not entities.

; The name may be behind pointers of the return type (`char **split(...)`).
(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function

([(translation_unit
    [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
     (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
     (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
     (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
     (type_definition declarator: [(type_identifier) @name
                                   (_ declarator: (type_identifier) @name)
                                   (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
     (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
     (union_specifier name: (type_identifier) @name body: (_)) @definition.union
     (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
     (preproc_function_def name: (identifier) @name) @definition.macro
     (preproc_def name: (identifier) @name value: (_)) @definition.macro])
  (declaration_list
    [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
     (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
     (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
     (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
     (type_definition declarator: [(type_identifier) @name
                                   (_ declarator: (type_identifier) @name)
                                   (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
     (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
     (union_specifier name: (type_identifier) @name body: (_)) @definition.union
     (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
     (preproc_function_def name: (identifier) @name) @definition.macro
     (preproc_def name: (identifier) @name value: (_)) @definition.macro])
  (linkage_specification
    [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                               (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
     (declaration declarator: [(identifier) @name
                               (_ declarator: (identifier) @name)
                               (_ declarator: (_ declarator: (identifier) @name))
                               (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                               (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                               (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable])
  (translation_unit
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                                 (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
       (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
       (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
       (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
       (type_definition declarator: [(type_identifier) @name
                                     (_ declarator: (type_identifier) @name)
                                     (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
       (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
       (union_specifier name: (type_identifier) @name body: (_)) @definition.union
       (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
       (preproc_function_def name: (identifier) @name) @definition.macro
       (preproc_def name: (identifier) @name value: (_)) @definition.macro]))
  (declaration_list
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                                 (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                                 (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
       (declaration declarator: [(identifier) @name
                                 (_ declarator: (identifier) @name)
                                 (_ declarator: (_ declarator: (identifier) @name))
                                 (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                 (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                 (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
       (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
       (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
       (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
       (type_definition declarator: [(type_identifier) @name
                                     (_ declarator: (type_identifier) @name)
                                     (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
       (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
       (union_specifier name: (type_identifier) @name body: (_)) @definition.union
       (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
       (preproc_function_def name: (identifier) @name) @definition.macro
       (preproc_def name: (identifier) @name value: (_)) @definition.macro]))
  (translation_unit
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                                   (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                                   (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
         (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
         (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
         (union_specifier name: (type_identifier) @name body: (_)) @definition.union
         (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))
  (declaration_list
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                                   (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                                   (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
         (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
         (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
         (union_specifier name: (type_identifier) @name body: (_)) @definition.union
         (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))
  (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
    (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
      (_ . ["#if" "#ifdef" "#ifndef" "#elif" "#elifdef" "#elifndef" "#else"]
        [(declaration declarator: [(function_declarator declarator: (identifier) @name)
                                   (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))
                                   (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name)))]) @definition.function
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.const
         (declaration declarator: [(identifier) @name
                                   (_ declarator: (identifier) @name)
                                   (_ declarator: (_ declarator: (identifier) @name))
                                   (_ declarator: (_ declarator: (_ declarator: (identifier) @name)))
                                   (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
                                   (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name))))]) @definition.variable
         (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
         (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
         (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
         (type_definition declarator: [(type_identifier) @name
                                       (_ declarator: (type_identifier) @name)
                                       (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))]) @definition.type
         (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
         (union_specifier name: (type_identifier) @name body: (_)) @definition.union
         (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
         (preproc_function_def name: (identifier) @name) @definition.macro
         (preproc_def name: (identifier) @name value: (_)) @definition.macro])))]
 (#match? @definition.const "^[^=({]*\\b(const|constexpr)\\b")
 (#not-match? @definition.variable "^[^=({]*\\b(const|constexpr)\\b")
 (#not-match? @definition.type "^typedef\\s+(struct|union|enum)\\b[^{]*\\{")
 (#not-match? @name "^(struct|union|enum)$"))
