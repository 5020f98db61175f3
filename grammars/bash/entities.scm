; Bash. Entities are the functions and variables a script defines at its top level, or in an
; `if` or an and-or list there (a definition per platform or version). A function defined inside another
; function's body, and `local` variables, are part of that function.
;
; When two patterns capture one node, the first pattern wins: constants before variables.

; `f() { ... }`, `function f { ... }`, `function f() ( ... )`. Also in an and-or list there:
; bash-completion's `_f() { ... } && complete -F _f cmd`, and
; `have x && { f() { ... } } || { f() { ... } }`.
[(program (function_definition name: (word) @name) @definition.function)
 (program (list (function_definition name: (word) @name) @definition.function))
 (program (list (list (function_definition name: (word) @name) @definition.function)))
 (program (list (compound_statement (function_definition name: (word) @name) @definition.function)))
 (program (list (list (compound_statement (function_definition name: (word) @name) @definition.function))))
 (program (if_statement (function_definition name: (word) @name) @definition.function))
 (program (if_statement (elif_clause (function_definition name: (word) @name) @definition.function)))
 (program (if_statement (else_clause (function_definition name: (word) @name) @definition.function)))]

; `readonly X=1`, `declare -r X=1`, `typeset -gr X=1`: constants. A declaration of several
; names is one entity, named after its first.
((program
   (declaration_command (variable_assignment name: (variable_name) @name)) @definition.const)
 (#match? @definition.const "^readonly\\s"))
((program
   (declaration_command
     (word) @_flags
     (variable_assignment name: (variable_name) @name)) @definition.const)
 (#match? @definition.const "^(declare|typeset)\\s")
 (#match? @_flags "^-[a-zA-Z]*r"))

; `X=1`, `export X=1`, `declare -A MAP=(...)`. An assignment that prefixes a command
; (`LC_ALL=C sort`) sets it for that command only: not a definition.
(program (variable_assignment name: (variable_name) @name) @definition.variable)
((program
   (declaration_command (variable_assignment name: (variable_name) @name)) @definition.variable)
 (#match? @definition.variable "^(export|declare|typeset)\\s"))
