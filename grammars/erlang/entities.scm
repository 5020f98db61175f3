; Erlang (WhatsApp/tree-sitter-erlang). Entities are forms: `-module`, functions, records,
; types, callbacks and macros. Export lists, includes, `-behaviour` and the like belong to
; the file. The grammar makes each clause of a function its own fun_decl (`f(0) -> 1;` and
; `f(N) -> ...`); join_adjacent (language.toml) makes them one entity. Arity is part of the
; name, as Erlang writes it: `f/1` and `f/2` are two functions, even side by side.

(module_attribute name: (atom) @name) @definition.namespace

(fun_decl clause: (function_clause name: (atom) @name args: (expr_args) @arity)) @definition.function

(record_decl name: (atom) @name) @definition.record

(type_alias name: (type_name name: (atom) @name)) @definition.type
(opaque name: (type_name name: (atom) @name)) @definition.type
(nominal name: (type_name name: (atom) @name)) @definition.type

; `-callback init(Args) -> ...`: a function a behaviour's modules must define.
(callback fun: (atom) @name sigs: (type_sig args: (expr_args) @arity)) @definition.method

; `-define(PI, 3.14).` and `-define(SQ(X), X * X).`
(pp_define lhs: (macro_lhs name: (_) @name)) @definition.macro

; `-doc "..."` and `-moduledoc "..."` (OTP 27) are compared as comments.
((wild_attribute name: (attr_name name: (atom) @_attribute) value: (string) @doc)
 (#any-of? @_attribute "doc" "moduledoc"))
