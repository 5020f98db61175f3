; PowerShell. Entities are functions (`function Get-Thing { ... }`, `filter`, `workflow`),
; named as written (`global:Set-Thing`), wherever a script defines them outside a script
; block; classes with their constructors, methods and properties; enums; and the variables a
; script or module sets at its top with a scope (`$script:Cache = @{}`, `$global:Config =
; ...`), its state. What a script block holds is part of it.
;
; When two patterns capture one node, the first pattern wins: constructors before methods.

(function_statement (function_name) @name) @definition.function

; The grammar has no `body` field: the script block is the body, so `Name($a, $b)` is the
; signature and a `param()` block is body.
(function_statement (script_block) @body)
(class_method_definition (script_block) @body)

(class_statement . (simple_name) @name) @definition.class

; A method named after its class is a constructor.
((class_statement
   . (simple_name) @_class
   (class_method_definition (simple_name) @name) @definition.constructor)
 (#eq? @name @_class))
(class_method_definition (simple_name) @name) @definition.method
(class_property_definition (variable) @name) @definition.property

(enum_statement . (simple_name) @name) @definition.enum

((program
   (statement_list
     (pipeline
       (assignment_expression
         (left_assignment_expression) @name
         (assignement_operator) @_op) @definition.variable)))
 (#match? @name "^\\$(script|global):")
 (#eq? @_op "="))
