; Racket (6cdh/tree-sitter-racket). The grammar has no nodes for special forms: a definition is
; a list whose head is a defining symbol, `(define ...)`, and its kind comes from its shape:
; `(define (f x) ...)` is a function, `(define x ...)` a variable, `(define c% (class ...))` a
; class. `provide` and `require` are not entities.
;
; Definitions are module-level forms: directly in the file (its `#lang` module), or in a
; `module`, `module+` or `module*` form (namespaces, which enclose them) or a `begin` or
; `begin-for-syntax`, up to a submodule in a module. `define-for-syntax` defines like `define`,
; for macros' use. A definition inside a function body is part of that function. Every
; pattern is written for those three places (the `[...]` alternatives and their predicates).

; Modules and submodules: `(module name lang ...)`, `(module+ test ...)`, `(module* main #f ...)`.
(program
  [(list . (symbol) @_head . (symbol) @name) @definition.namespace
   (list . (symbol) @_module
     (list . (symbol) @_head . (symbol) @name) @definition.namespace)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (symbol) @name) @definition.namespace))]
  (#any-of? @_head "module" "module*" "module+")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; Classes, by the value's shape: `(define point% (class object% ...))`; an interface
; `(define shape<%> (interface () ...))`. Their methods are below.
(program
  [(list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.class
   (list . (symbol) @_module
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.class)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.class))]
  (#any-of? @_head "define" "define/contract" "define-for-syntax")
  (#any-of? @_class "class" "class*" "mixin")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

(program
  [(list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.interface
   (list . (symbol) @_module
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.interface)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_class)) @definition.interface))]
  (#any-of? @_head "define" "define/contract" "define-for-syntax")
  (#any-of? @_class "interface" "interface*")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; Functions by shape: `(define (f x) ...)`, curried `(define ((f x) y) ...)`, or a lambda value.
(program
  [(list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
   @definition.function
   (list . (symbol) @_module
     (list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
     @definition.function)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
     @definition.function))]
  (#any-of? @_head "define" "define/contract" "define-for-syntax")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

(program
  [(list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function
   (list . (symbol) @_module
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function))]
  (#any-of? @_head "define" "define/contract" "define-for-syntax")
  (#any-of? @_lambda "lambda" "λ" "case-lambda" "opt-lambda")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; Any other `(define x ...)` is a variable.
(program
  [(list . (symbol) @_head . (symbol) @name) @definition.variable
   (list . (symbol) @_module
     (list . (symbol) @_head . (symbol) @name) @definition.variable)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (symbol) @name) @definition.variable))]
  (#any-of? @_head "define" "define/contract" "define-for-syntax")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; `(define-values (q r) ...)` is one definition named after all its names: `q, r`.
(program
  [(list . (symbol) @_head
     . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
   @definition.variable
   (list . (symbol) @_module
     (list . (symbol) @_head
       . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
     @definition.variable)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head
       . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
     @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

(program
  [(list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
   @definition.variable
   (list . (symbol) @_module
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
     @definition.variable)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
     @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

(program
  [(list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable
   (list . (symbol) @_module
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

(program
  [(list . (symbol) @_head . (list . (symbol) @name)) @definition.variable
   (list . (symbol) @_module
     (list . (symbol) @_head . (list . (symbol) @name)) @definition.variable)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (list . (symbol) @name)) @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; Macros: `(define-syntax name ...)`, `(define-syntax (name stx) ...)`,
; `(define-syntax-rule (name x) ...)`, syntax/parse's `define-simple-macro` and
; `define-syntax-parser`.
(program
  [(list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro
   (list . (symbol) @_module
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro))]
  (#any-of? @_head "define-syntax" "define-syntax-rule" "define-simple-macro"
    "define-syntax-parser" "define-syntax-parameter")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; `(struct point (x y) #:transparent)`, `(define-struct (point3 point) (z))`. Fields are the
; constructor's parameters, not entities.
(program
  [(list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.struct
   (list . (symbol) @_module
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.struct)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.struct))]
  (#any-of? @_head "struct" "define-struct" "serializable-struct")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; RackUnit test cases and suites, named by a string.
(program
  [(list . (symbol) @_head . (string) @name) @definition.test
   (list . (symbol) @_module
     (list . (symbol) @_head . (string) @name) @definition.test)
   (list . (symbol) @_module (list . (symbol) @_submodule
     (list . (symbol) @_head . (string) @name) @definition.test))]
  (#any-of? @_head "test-case" "test-suite")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax")
  (#any-of? @_submodule "module" "module*" "module+" "begin" "begin-for-syntax"))

; Methods: `define/public` and its kin directly in a class body, `(define point% (class ...
; (define/public (area) ...)))`, nested under the class.
(program
  [(list . (symbol) @_define . (symbol) . (list . (symbol) @_class
     (list . (symbol) @_head . [(list . (symbol) @name) (symbol) @name]) @definition.method))
   (list . (symbol) @_module
     (list . (symbol) @_define . (symbol) . (list . (symbol) @_class
       (list . (symbol) @_head . [(list . (symbol) @name) (symbol) @name]) @definition.method)))]
  (#any-of? @_head "define/public" "define/override" "define/augment" "define/pubment"
    "define/overment" "define/augride" "define/public-final" "define/override-final"
    "define/augment-final" "define/private")
  (#any-of? @_define "define" "define/contract" "define-for-syntax")
  (#any-of? @_class "class" "class*" "mixin")
  (#any-of? @_module "module" "module*" "module+" "begin" "begin-for-syntax"))
