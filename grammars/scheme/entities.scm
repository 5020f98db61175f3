; Scheme (6cdh/tree-sitter-scheme): R7RS, R6RS, Guile, Chicken. The grammar has no nodes for
; special forms: a definition is a list whose head is a defining symbol, `(define ...)`, and its
; kind comes from its shape: `(define (f x) ...)` is a function, `(define x ...)` a variable.
;
; Definitions are top-level forms: directly in the file; directly in a `library` (R6RS) or
; `module` (Chicken), which are namespaces and enclose them; in a `define-library`'s `begin`
; (R7RS); in a top-level `begin`, `when`, `unless` or `eval-when`; or in a `cond-expand` clause.
; A definition inside a function body (an internal define) is part of that function. Every
; pattern is written for those five places (the `[...]` alternatives and their predicates).

; Libraries and modules: `(define-library (srfi 1) ...)` is named `(srfi 1)`, as Scheme writes
; a library name. `define-module` (Guile) does not enclose the definitions after it.
(program
  (list . (symbol) @_head . [(list) (symbol)] @name) @definition.namespace
  (#any-of? @_head "define-library" "library" "module" "define-module"))

; Functions by shape: `(define (f x) ...)`, curried `(define ((f x) y) ...)`.
(program
  [(list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
   @definition.function
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
     @definition.function)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
     @definition.function))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . [(list . (symbol) @name) (list . (list . (symbol) @name))])
     @definition.function))]
  (#any-of? @_head "define" "define*" "define-public" "define-inlinable" "define-integrable" "define-inline")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; `(define f (lambda (x) ...))` is a function too, written as a value.
(program
  [(list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (symbol) @name . (list . (symbol) @_lambda)) @definition.function))]
  (#any-of? @_head "define" "define*" "define-public")
  (#any-of? @_lambda "lambda" "lambda*" "case-lambda" "λ")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; Any other `(define x ...)` is a variable.
(program
  [(list . (symbol) @_head . (symbol) @name) @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) @name) @definition.variable)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (symbol) @name) @definition.variable))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (symbol) @name) @definition.variable))]
  (#any-of? @_head "define" "define*" "define-public")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; `(define-values (q r) ...)` is one definition named after all its names: `q, r`.
(program
  [(list . (symbol) @_head
     . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
   @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head
       . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
     @definition.variable)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head
       . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
     @definition.variable))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head
       . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3 . (symbol) @name.n4))
     @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))


(program
  [(list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
   @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
     @definition.variable)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
     @definition.variable))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2 . (symbol) @name.n3))
     @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))


(program
  [(list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (list . (symbol) @name . (symbol) @name.n2)) @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))


(program
  [(list . (symbol) @_head . (list . (symbol) @name)) @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (list . (symbol) @name)) @definition.variable)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (list . (symbol) @name)) @definition.variable))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (list . (symbol) @name)) @definition.variable))]
  (#eq? @_head "define-values")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; Macros: `(define-syntax name (syntax-rules ...))`, `(define-syntax-rule (name x) ...)`,
; `(define-macro (name x) ...)`, `(defmacro name (x) ...)` (Guile).
(program
  [(list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.macro))]
  (#any-of? @_head "define-syntax" "define-syntax-rule" "define-macro" "defmacro"
    "define-syntax-parameter")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; `(define-record-type point ...)` (R7RS, SRFI 9) or `(define-record-type (point make-point
; point?) ...)` (R6RS). Its fields are the constructor's parameters, not entities.
(program
  [(list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.record
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.record)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.record))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.record))]
  (#eq? @_head "define-record-type")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; GOOPS (Guile): classes, their slots, generic functions.
(program
  [(list . (symbol) @_head . (symbol) @name) @definition.class
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) @name) @definition.class)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (symbol) @name) @definition.class))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (symbol) @name) @definition.class))]
  (#eq? @_head "define-class")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))


(program
  [(list . (symbol) @_head . (symbol) . (list) (list . (symbol) @name) @definition.field)
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) . (list) (list . (symbol) @name) @definition.field))
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (symbol) . (list) (list . (symbol) @name) @definition.field)))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (symbol) . (list) (list . (symbol) @name) @definition.field)))]
  (#eq? @_head "define-class")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))


(program
  [(list . (symbol) @_head . (symbol) @name) @definition.multimethod
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) @name) @definition.multimethod)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (symbol) @name) @definition.multimethod))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (symbol) @name) @definition.multimethod))]
  (#eq? @_head "define-generic")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; SRFI 64 test groups, named by a string.
(program
  [(list . (symbol) @_head . (string) @name) @definition.test
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (string) @name) @definition.test)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (string) @name) @definition.test))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (string) @name) @definition.test))]
  (#eq? @_head "test-group")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; GOOPS methods are named after their generic and the specializers of their required
; parameters up to the last specialized one (`<top>` where one is not): `(define-method (area (s
; <circle>)) ...)` is `area (<circle>)`, as in Common Lisp. One pattern per shape, longest
; first (when two patterns capture one form, the first wins); only at top level, where GOOPS
; code has them: elsewhere a method falls to the last pattern, named without specializers.
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (list . (symbol) . (_) @name.p1s .)
            . (list . (symbol) . (_) @name.p2s .) . (list . (symbol) . (_) @name.p3z .)))
  @definition.method
  (#eq? @_head "define-method"))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (symbol) @name.p1u
            . (list . (symbol) . (_) @name.p2s .) . (list . (symbol) . (_) @name.p3z .)))
  @definition.method
  (#eq? @_head "define-method")
  (#not-eq? @name.p1u "."))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (list . (symbol) . (_) @name.p1s .)
            . (symbol) @name.p2u . (list . (symbol) . (_) @name.p3z .)))
  @definition.method
  (#eq? @_head "define-method")
  (#not-eq? @name.p2u "."))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (symbol) @name.p1u . (symbol) @name.p2u
            . (list . (symbol) . (_) @name.p3z .)))
  @definition.method
  (#eq? @_head "define-method")
  (#not-eq? @name.p1u ".")
  (#not-eq? @name.p2u "."))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (list . (symbol) . (_) @name.p1s .)
            . (list . (symbol) . (_) @name.p2z .)))
  @definition.method
  (#eq? @_head "define-method"))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (symbol) @name.p1u
            . (list . (symbol) . (_) @name.p2z .)))
  @definition.method
  (#eq? @_head "define-method")
  (#not-eq? @name.p1u "."))
(program
  (list . (symbol) @_head
    . (list . [(symbol) (list)] @name . (list . (symbol) . (_) @name.p1z .)))
  @definition.method
  (#eq? @_head "define-method"))
; No specializer, or not at top level.
(program
  [(list . (symbol) @_head . (list . [(symbol) (list)] @name)) @definition.method
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (list . [(symbol) (list)] @name)) @definition.method)
   (list . (symbol) @_library (list . (symbol) @_begin
     (list . (symbol) @_head . (list . [(symbol) (list)] @name)) @definition.method))
   (list . (symbol) @_cond (list
     (list . (symbol) @_head . (list . [(symbol) (list)] @name)) @definition.method))]
  (#eq? @_head "define-method")
  (#any-of? @_wrapper "begin" "library" "module" "when" "unless" "eval-when")
  (#eq? @_library "define-library")
  (#eq? @_begin "begin")
  (#eq? @_cond "cond-expand"))

; Docstrings (Guile), compared as comments: a string first in a function's body, when a form
; follows it (`(define (f) "text")` returns the text).
((list . (symbol) @_head . (list) . (string) @doc . (_))
 (#any-of? @_head "define" "define*" "define-public" "define-inlinable" "define-method"
   "define-syntax-rule" "define-macro"))
