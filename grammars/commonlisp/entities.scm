; Common Lisp (theHamsta/tree-sitter-commonlisp). The grammar has a `defun` node (inside its
; list) for `defun`, `defmacro`, `defgeneric` and `defmethod`; every other definer is a plain
; list matched by its head symbol, bare or package-qualified (`alexandria:define-constant`).
; A `defun` node is captured through its enclosing list, whose previous sibling is the comment
; above it.
;
; Definitions are top-level forms, and a top-level form can sit in many places: in the file,
; behind a feature expression (`#+sbcl (defun ...)`, whose `#+sbcl` belongs to the definition:
; language.toml), in a form that keeps its body at top level (`progn`, `eval-when`, a `let`
; closing over its bindings), and under an ERROR root (one `loop` clause the grammar does not
; know, `for i of-type fixnum`, can make the whole file's root an ERROR node whose children
; are still the top-level forms). Spelling each pattern for each of those places took over a
; second to compile, paid by every run that reads a Lisp file. So a definer form is matched
; wherever it is, and language.toml drops what is not a definition of its own: a form in the
; body of a function, macro, method or test (`local_to`), and one in literal data, quoted,
; backquoted or in a vector (`local_scopes`). So a definition in any top-level form counts, a
; `(when ...)` or `(flet ...)` as much as a `progn`: it defines at load time all the same.
;
; Parent nodes are written `(_ ...)`, not `(list_lit ...)`: tree-sitter checks every named
; parent in a pattern against the grammar when it compiles the query, and a list can appear in
; so many of this grammar's states that each `list_lit` parent costs milliseconds. `value:`
; (the field of a list's elements) keeps a wildcard to lists: a package-qualified symbol
; (`pkg:name`) or a feature expression (`#+sbcl x`) also has two children but other fields.
;
; `in-package` is not a definition: it sets the package of the forms after it without
; enclosing them.

((_ (_ (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
 @definition.function)

((_ (_ (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
 @definition.macro)

; `define-compiler-macro` (an inline expansion of a function of the same name) and
; `define-modify-macro` (a macro like `incf`) define macros too.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
 @definition.macro
 (#any-of? @_head "define-compiler-macro" "define-modify-macro"))

((_ (_ (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
 @definition.multimethod)

; Methods are named after their generic function, qualifiers and specializers (language.toml):
; `(defmethod area :around ((s circle) n) ...)` is `area :around (circle)`. The specializers
; are those of the required parameters (before any `&optional`, `&key`, `&rest`...), up to the
; last specialized one, at most three; an unspecialized one reads `t`. One pattern per shape
; of that prefix, longest first (when two patterns capture one form, the first wins).
((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (_ . value: (sym_lit) . (_) @name.p1s .)
                       . (_ . value: (sym_lit) . (_) @name.p2s .)
                       . (_ . value: (sym_lit) . (_) @name.p3z .)))))
 @definition.method)

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (sym_lit) @name.p1u
                       . (_ . value: (sym_lit) . (_) @name.p2s .)
                       . (_ . value: (sym_lit) . (_) @name.p3z .)))))
 @definition.method
 (#not-match? @name.p1u "^&"))

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (_ . value: (sym_lit) . (_) @name.p1s .)
                       . (sym_lit) @name.p2u
                       . (_ . value: (sym_lit) . (_) @name.p3z .)))))
 @definition.method
 (#not-match? @name.p2u "^&"))

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (sym_lit) @name.p1u
                       . (sym_lit) @name.p2u
                       . (_ . value: (sym_lit) . (_) @name.p3z .)))))
 @definition.method
 (#not-match? @name.p1u "^&")
 (#not-match? @name.p2u "^&"))

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (_ . value: (sym_lit) . (_) @name.p1s .)
                       . (_ . value: (sym_lit) . (_) @name.p2z .)))))
 @definition.method)

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (sym_lit) @name.p1u
                       . (_ . value: (sym_lit) . (_) @name.p2z .)))))
 @definition.method
 (#not-match? @name.p1u "^&"))

((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination
       lambda_list: (_ . (_ . value: (sym_lit) . (_) @name.p1z .)))))
 @definition.method)

; No specializer: the default method.
((_
   (_
     (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
       specifier: (_)? @name.combination)))
 @definition.method)

; Special variables (`defvar`, `defparameter`) and constants.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
 @definition.variable
 (#any-of? @_head "defvar" "defparameter"))

((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
 @definition.const
 (#any-of? @_head "defconstant" "define-constant"))

; Classes: `defclass` and `define-condition` (a condition type is a class). Their slots, the
; third argument, are fields: `(x :initarg :x :reader x)` or a bare `x`.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
 @definition.class
 (#any-of? @_head "defclass" "define-condition"))

((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
   . (_ value: [(_ . value: (sym_lit) @name) (sym_lit) @name] @definition.field))
 (#any-of? @_head "defclass" "define-condition"))

; `(defstruct point x y)`, `(defstruct (point (:conc-name pt-)) "Doc." (x 0 :type fixnum) y)`:
; the slots follow the name (and the docstring).
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
   . [(sym_lit) @name (_ . value: (sym_lit) @name)]) @definition.struct
 (#eq? @_head "defstruct"))

((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
   value: [(_ . value: (sym_lit) @name) (sym_lit) @name] @definition.field)
 (#eq? @_head "defstruct"))

((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
 @definition.type
 (#eq? @_head "deftype"))

; `(defpackage #:geometry ...)` (also `:geometry`, `"GEOMETRY"`, `geometry`) is `geometry`.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
   . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace
 (#any-of? @_head "defpackage" "define-package"))

; Tests of the common frameworks: FiveAM (`test`, `def-test`), Rove and Prove (`deftest`),
; lisp-unit and Parachute (`define-test`). Only directly in the file or behind a feature
; expression (the `target:`): elsewhere `test` is more often a local macro or a call
; (`(macrolet ((test (x) ...)) ...)`).
([(source
    (_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (_ . value: (sym_lit) @name)]) @definition.test)
  (ERROR
    (_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (_ . value: (sym_lit) @name)]) @definition.test)
  (_ target:
    (_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (_ . value: (sym_lit) @name)]) @definition.test)]
 (#any-of? @_head "test" "def-test" "deftest" "define-test"))

; Docstrings, compared as comments. A function's string is its docstring when a form follows
; it (`(defun f () "text")` returns the text).
(_ . (defun_header) . (str_lit) @doc . (_))
; After the value: `(defvar *x* 1 "Doc.")`, `(defconstant +x+ 1 "Doc.")`.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (_)
   . (str_lit) @doc)
 (#any-of? @_head "defvar" "defparameter" "defconstant" "define-constant"))
; `(deftype octet () "Doc." ...)`, `(defstruct point "Doc." ...)`.
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
   . (str_lit) @doc . (_))
 (#eq? @_head "deftype"))
((_ . value: [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_) . (str_lit) @doc)
 (#eq? @_head "defstruct"))
; `(:documentation "...")` on a class, condition, generic function or package, and
; `:documentation "..."` on a slot. Two anchored patterns: one unanchored `(kwd_lit)` under a
; wildcard takes tree-sitter some 50 ms to compile.
((_ . (kwd_lit) @_key . (str_lit) @doc)
 (#eq? @_key ":documentation"))
((_ . (_) (kwd_lit) @_key . (str_lit) @doc)
 (#eq? @_key ":documentation"))
