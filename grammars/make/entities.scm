; GNU Make. Entities are the makefile's rules, named by their target list (`clean install`,
; `%.o`, `.PHONY`), its variables (`CC ?= gcc`, `override`, `export` and `!=` forms
; included) and its `define` blocks. Definitions inside a conditional (`ifeq ... endif`)
; count as the makefile's: a variable set in both branches is two entities of one name.
; What a recipe holds is part of its rule.

; A rule's recipe is its body: an edit of its prerequisites (`all: prog docs`) is an edit of
; its header.
(rule (targets) @name) @definition.rule
(rule (recipe) @body)

(define_directive name: (_) @name) @definition.macro

; A target's own variable, `prog: CFLAGS += -g`, is named `prog: CFLAGS`.
(variable_assignment target_or_pattern: (_) @name.target name: (_) @name) @definition.variable
[(variable_assignment name: (_) @name)
 (shell_assignment name: (_) @name)] @definition.variable
