; D (gdamore/tree-sitter-d). Entities are the module declaration and the declarations of a
; module, of a class, struct, union, interface or template: functions (member functions are
; methods through method_parents), constructors and destructors, aggregates, enums,
; templates, aliases, variables and manifest constants, and unittest blocks. A declaration
; inside `version (...)`, `static if`, `debug` or an attribute block belongs to the
; aggregate or module around it. What a function or a unittest declares in its body is part
; of it (local_scopes). The grammar has few fields: names are the `identifier` child.

(module_declaration (module_fqn) @name) @definition.namespace

; Overloads: `opEquals(const S)` and `opEquals(ref const S)` differ in their parameter
; types, captured as the overload (the parameters' names are not). A parameter list the
; pattern does not match (a variadic `...`) falls to the next pattern, by order.
(function_declaration
  (identifier) @name
  .
  (template_parameters)?
  .
  (parameters "(" [(parameter (type) @overload) "," (comment)]* ")")
  (function_body) @body) @definition.function
(function_declaration
  (identifier) @name
  (function_body) @body) @definition.function

(constructor
  (this) @name
  (parameters "(" [(parameter (type) @overload) "," (comment)]* ")")
  (function_body) @body) @definition.constructor
(constructor (this) @name (function_body) @body) @definition.constructor
; `this(this)`, the copy hook of a struct.
(postblit . (this) @name (function_body) @body) @definition.constructor
(destructor "~" @name (this) @name.dtor (function_body) @body) @definition.method

(class_declaration (identifier) @name (aggregate_body) @body) @definition.class
(struct_declaration (identifier) @name (aggregate_body) @body) @definition.struct
(union_declaration (identifier) @name (aggregate_body) @body) @definition.union
(interface_declaration (identifier) @name (aggregate_body) @body) @definition.interface
(enum_declaration . (enum) (identifier) @name) @definition.enum

; `template isSomeString(T) { ... }`: its declarations are its children.
(template_declaration (template) @label (identifier) @name) @definition.type

(unittest_declaration (unittest) @name (block_statement) @body) @definition.test

; `alias Str = string;`, `alias f = g!int;`
(alias_declaration (alias) @label (alias_initializer . (identifier) @name)) @definition.type

; Fields: variables declared in an aggregate's body, directly or in a `version`/`static if`.
(aggregate_body
  (variable_declaration . (_) (declarator (identifier) @name) . (declarator (identifier) @name.n2) . (declarator (identifier) @name.n3)) @definition.field)
(aggregate_body
  (variable_declaration . (_) (declarator (identifier) @name) . (declarator (identifier) @name.n2) .) @definition.field)
(aggregate_body
  [(variable_declaration (declarator (identifier) @name))
   (auto_declaration variable: (identifier) @name)] @definition.field)
(aggregate_body
  (conditional_declaration
    [(variable_declaration (declarator (identifier) @name))
     (auto_declaration variable: (identifier) @name)] @definition.field))

; `enum size_t MAX = 10;`: a manifest constant, evaluated at compile time.
(manifest_constant (manifest_declarator (identifier) @name)) @definition.const

; `immutable string hex = "...";`, `const int K = 1;`: constants.
(variable_declaration (type . (type_ctor [(immutable) (const)])) (declarator (identifier) @name)) @definition.const
(auto_declaration (storage_class (type_ctor [(immutable) (const)])) variable: (identifier) @name) @definition.const

; Module-level variables: `immutable x = ...;`, `int count;`, `__gshared Mutex m;`.
(variable_declaration (declarator (identifier) @name) . (declarator (identifier) @name.n2) . (declarator (identifier) @name.n3)) @definition.variable
(variable_declaration (declarator (identifier) @name) . (declarator (identifier) @name.n2) .) @definition.variable
(variable_declaration (declarator (identifier) @name)) @definition.variable
(auto_declaration variable: (identifier) @name) @definition.variable
