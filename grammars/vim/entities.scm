; Vim script. Entities are functions (`function! s:Frob(count) ... endfunction`), named as
; written (`s:Frob`, `frob#Complete`, `s:obj.method`), the user commands a script defines
; (`command! -nargs=? Frob ...`, kind macro: a command expands to its replacement text), and
; the variables and constants a script sets outside any function or loop (`let g:loaded_frob
; = 1`, `const s:max = 10`), also in an `if` (a definition per platform). Options (`let
; &cpo`), registers and environment variables are settings, not entities.
;
; When two patterns capture one node, the first pattern wins.

(function_definition
  (function_declaration name: (_) @name)) @definition.function

; The grammar's `body` node is no field: an edit there is a body change; one to the name or
; the parameters (or `abort`, `range`, `dict`), a signature change.
(function_definition (body) @body)

(command_statement name: (command_name) @name) @definition.macro

(const_statement . [(identifier) (scoped_identifier)] @name) @definition.const

(let_statement . [(identifier) (scoped_identifier)] @name) @definition.variable
