; CMake. Entities are the functions and macros a file defines (`function(foo_add_test name)`,
; named by their first argument) and the targets it adds (`add_library(foo STATIC ...)`,
; `add_executable`, `add_custom_target`: a rule named by the target), also inside `if()`
; and `foreach()` blocks. A function's or macro's body is its own: the targets and
; variables it makes are part of it. Command names are case-insensitive, as in CMake.

(function_def
  (function_command (argument_list . (argument) @name))) @definition.function
(function_def (body) @body)

(macro_def
  (macro_command (argument_list . (argument) @name))) @definition.macro
(macro_def (body) @body)

((normal_command
   (identifier) @_command
   (argument_list . (argument) @name)) @definition.rule
 (#match? @_command "^(?i:add_library|add_executable|add_custom_target)$"))
