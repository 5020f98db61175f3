; GLSL. Entities are what a shader declares at global scope: functions (definitions and
; prototypes, one per overload), structs, interface blocks (`uniform Matrices { ... };`), the
; global variables (uniforms, inputs and outputs, `shared`, `buffer` and plain globals) and
; constants, and #define macros with a value. The grammar is C's with GLSL's qualifiers, and
; the query follows grammars/c: a struct's members and a block's members are part of it, a
; `#define` without a value (an include guard, `#define FNC_LUMA`) is a flag and no entity.
;
; Places. Functions cannot nest and everything a function body declares is local
; (`local_scopes` in language.toml), so declarations are matched wherever they are: directly in
; the file or in any #if/#ifdef/#else branch (lygia wraps each function in an `#ifndef FNC_X`
; guard and chooses defaults with `#ifndef`).
;
; Overloads. GLSL overloads by parameter types (`luma(vec3)`, `luma(vec4)`): @overload takes
; each parameter's type, so a parameter's name and its `in`/`out`/`inout` are not part of the
; key. An array parameter (`vec3 p[2]`) reads as its element type.
;
; Kinds and words.
; - A global declared `const` is a `const`; any other global declaration a `variable`, shown
;   with its storage qualifier when it has one (`uniform`, `in`, `out`, `varying`, `attribute`,
;   `buffer`, `shared`), so that `varying` becoming `in` (GLSL 1.x to 3.x) reads as a change of
;   kind word. `uniform vec2 a, b;` is one entity named after its first name.
; - An interface block is an `interface` (GLSL's own word: "interface block"), shown as
;   `block`, named after its block name, not its instance name.
; - `precision mediump float;` declares nothing (the grammar reads it with a missing name,
;   left out by the predicate at the end); nor does `invariant gl_Position;`.

; Function definitions, and prototypes (a declaration whose declarator is a function).
(function_definition
  declarator: (function_declarator
    declarator: (identifier) @name
    parameters: (parameter_list "(" [(parameter_declaration type: (_) @overload) (comment) ","]* ")"))) @definition.function
(declaration
  declarator: (function_declarator
    declarator: (identifier) @name
    parameters: (parameter_list "(" [(parameter_declaration type: (_) @overload) (comment) ","]* ")"))) @definition.function

; Structs, in the file or in a preprocessor branch; one declared in a variable's declaration
; (`struct { ... } s;`) is part of that variable.
([(translation_unit (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)
  (preproc_if (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)
  (preproc_ifdef (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)
  (preproc_else (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)
  (preproc_elif (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)
  (preproc_elifdef (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct)])

; Interface blocks: `layout(std140) uniform Matrices { mat4 view; } mats;`.
(declaration (identifier) @name . (field_declaration_list)) @definition.interface

; Constants and variables: the name behind an initialiser or an array size.
(declaration
  (type_qualifier "const")
  declarator: [(identifier) @name
               (init_declarator declarator: (identifier) @name)
               (init_declarator declarator: (array_declarator declarator: (identifier) @name))
               (array_declarator declarator: (identifier) @name)]) @definition.const
(declaration
  ["uniform" "in" "out" "varying" "attribute" "buffer" "shared"] @label
  declarator: [(identifier) @name
               (init_declarator declarator: (identifier) @name)
               (init_declarator declarator: (array_declarator declarator: (identifier) @name))
               (array_declarator declarator: (identifier) @name)]) @definition.variable
((declaration
   declarator: [(identifier) @name
                (init_declarator declarator: (identifier) @name)
                (init_declarator declarator: (array_declarator declarator: (identifier) @name))
                (array_declarator declarator: (identifier) @name)]) @definition.variable
 (#match? @name "^[A-Za-z_]"))

; Macros with a value: `#define PI 3.14159`, `#define SAMPLER_FNC(TEX, UV) texture(TEX, UV)`.
(preproc_function_def name: (identifier) @name) @definition.macro
(preproc_def name: (identifier) @name value: (_)) @definition.macro
