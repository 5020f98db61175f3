; Fish. Entities are functions (`function name ... end`), wherever a script defines them
; outside another function (in an `if` or a `begin` block too: a definition per platform),
; and the variables a script sets outside any function (`set -gx PAGER less`), named by the
; variable. What a function's body holds is part of it.
;
; When two patterns capture one node, the first pattern wins.

(function_definition name: (_) @name) @definition.function

; The grammar has no `body` field: the body is the statements after the name and options.
; An edit there is a body change; one to the name or the options (`-a` arguments,
; `--description`, `--on-event`), a signature change.
(function_definition
  [(command) (conditional_execution) (pipe) (redirect_statement) (negated_statement)
   (function_definition) (return) (switch_statement) (for_statement) (while_statement)
   (if_statement) (begin_statement) (break) (continue) (comment)] @body)

; `set NAME value`, `set -gx NAME value`, `set --global --export NAME value`: the first word
; that is no option is the name. `set -e` erases, `set -q` asks, `set -S` and `set -n` show:
; none of them defines.
((command
   name: (word) @_set
   .
   argument: (word) @name) @definition.variable
 (#eq? @_set "set")
 (#not-match? @name "^-"))
((command
   name: (word) @_set
   .
   argument: (word) @_flag
   .
   argument: (word) @name) @definition.variable
 (#eq? @_set "set")
 (#match? @_flag "^-")
 (#not-match? @_flag "^(-[a-zA-Z]*[eqSn][a-zA-Z]*|--(erase|query|show|names))$")
 (#not-match? @name "^-"))
((command
   name: (word) @_set
   .
   argument: (word) @_flag
   .
   argument: (word) @_flag2
   .
   argument: (word) @name) @definition.variable
 (#eq? @_set "set")
 (#match? @_flag "^-")
 (#match? @_flag2 "^-")
 (#not-match? @_flag "^(-[a-zA-Z]*[eqSn][a-zA-Z]*|--(erase|query|show|names))$")
 (#not-match? @_flag2 "^(-[a-zA-Z]*[eqSn][a-zA-Z]*|--(erase|query|show|names))$")
 (#not-match? @name "^-"))
