; Starlark. Entities are functions (`def`), nested ones as their children as in Python; the
; targets a BUILD file declares (`cc_library(name = "core", ...)`: kind rule, named by its
; `name`, shown with the rule that makes it, as a Makefile's targets); the rules, aspects
; and providers a `.bzl` file defines (`ts_project = rule(...)`: a type shown as `rule`,
; `TsInfo = provider(...)`: a record); and the other names it binds at its top, constants
; (a loaded module is frozen). A target that a macro's body declares
; (`native.genrule(name = ...)`) is a line of the macro.
;
; When two patterns capture one node, the first pattern wins.

(function_definition name: (identifier) @name) @definition.function

((module
   (expression_statement
     (call
       function: (identifier) @label
       arguments: (argument_list
         (keyword_argument
           name: (identifier) @_name
           value: (string (string_content) @name)))) @definition.rule))
 (#eq? @_name "name"))

((module
   (expression_statement
     (assignment
       left: (identifier) @name
       right: (call function: (identifier) @label)) @definition.type))
 (#any-of? @label "rule" "repository_rule" "aspect" "module_extension" "tag_class"))
((module
   (expression_statement
     (assignment
       left: (identifier) @name
       right: (call function: (identifier) @label)) @definition.record))
 (#eq? @label "provider"))
(module (expression_statement (assignment left: (identifier) @name) @definition.const))

; Docstrings: compared as comments.
(module . (expression_statement (string) @doc))
(block . (expression_statement (string) @doc))
