; Common Lisp (theHamsta/tree-sitter-commonlisp). The grammar has a `defun` node (inside its
; list) for `defun`, `defmacro`, `defgeneric` and `defmethod`; every other definer is a plain
; list matched by its head symbol, bare or package-qualified (`alexandria:define-constant`).
; A `defun` node is captured through its enclosing list, whose previous sibling is the comment
; above it.
;
; Definitions are top-level forms: directly in the file, behind a feature expression
; (`#+sbcl (defun ...)`, whose `#+sbcl` belongs to the definition: language.toml), or directly
; in a form that keeps its body at top level: `(eval-when (...) ...)`, `(progn ...)`, or a
; top-level `(let ...)`/`(macrolet ...)` closing over its bindings (`#any-of? @_wrapper`).
; A definition inside a function body or a backquoted template is not an entity. `in-package`
; is not one either: it sets the package of the forms after it without enclosing them.
;
; Every pattern is written for each of those places, under `source` and under `ERROR`: the
; grammar does not know every `loop` clause (`for i of-type fixnum ...`), and one it does not
; know can make the whole file's root an ERROR node whose children are still the top-level
; forms.

([
  (source
    [(list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
     @definition.function
     (list_lit . (sym_lit) @_wrapper
       (list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
       @definition.function)
     (include_reader_macro target:
       (list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
       @definition.function)])
  (ERROR
    [(list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
     @definition.function
     (list_lit . (sym_lit) @_wrapper
       (list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
       @definition.function)
     (include_reader_macro target:
       (list_lit (defun (defun_header keyword: (defun_keyword "defun") function_name: (_) @name)))
       @definition.function)])]
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
     @definition.macro
     (list_lit . (sym_lit) @_wrapper
       (list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
       @definition.macro)
     (include_reader_macro target:
       (list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
       @definition.macro)])
  (ERROR
    [(list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
     @definition.macro
     (list_lit . (sym_lit) @_wrapper
       (list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
       @definition.macro)
     (include_reader_macro target:
       (list_lit (defun (defun_header keyword: (defun_keyword "defmacro") function_name: (_) @name)))
       @definition.macro)])]
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; `define-compiler-macro` (an inline expansion of a function of the same name) and
; `define-modify-macro` (a macro like `incf`) define macros too.
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.macro
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.macro)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.macro)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.macro
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.macro)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.macro)])]
  (#any-of? @_head "define-compiler-macro" "define-modify-macro")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit
       (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
     @definition.multimethod
     (list_lit . (sym_lit) @_wrapper
       (list_lit
         (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
       @definition.multimethod)
     (include_reader_macro target:
       (list_lit
         (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
       @definition.multimethod)])
  (ERROR
    [(list_lit
       (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
     @definition.multimethod
     (list_lit . (sym_lit) @_wrapper
       (list_lit
         (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
       @definition.multimethod)
     (include_reader_macro target:
       (list_lit
         (defun (defun_header keyword: (defun_keyword "defgeneric") function_name: (_) @name)))
       @definition.multimethod)])]
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; Methods are named after their generic function, qualifiers and specializers (language.toml):
; `(defmethod area :around ((s circle) n) ...)` is `area :around (circle)`. The specializers
; are those of the required parameters (before any `&optional`, `&key`, `&rest`...), up to the
; last specialized one, at most three; an unspecialized one reads `t`. One pattern per shape
; of that prefix, longest first (when two patterns capture one form, the first wins). Not in
; wrapper forms (where real code has no methods): there a method falls to the last pattern
; and is named without its specializers.
([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (list_lit . (sym_lit) . (_) @name.p2s .)
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (list_lit . (sym_lit) . (_) @name.p2s .)
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (list_lit . (sym_lit) . (_) @name.p2s .)
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (list_lit . (sym_lit) . (_) @name.p2s .)
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])])

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (list_lit . (sym_lit) . (_) @name.p2s .)
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (list_lit . (sym_lit) . (_) @name.p2s .)
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (list_lit . (sym_lit) . (_) @name.p2s .)
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (list_lit . (sym_lit) . (_) @name.p2s .)
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])]
  (#not-match? @name.p1u "^&"))

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (sym_lit) @name.p2u
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (sym_lit) @name.p2u
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (sym_lit) @name.p2u
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (sym_lit) @name.p2u
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])]
  (#not-match? @name.p2u "^&"))

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (sym_lit) @name.p2u
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (sym_lit) @name.p2u
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (sym_lit) @name.p2u
                                  . (list_lit . (sym_lit) . (_) @name.p3z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (sym_lit) @name.p2u
                                    . (list_lit . (sym_lit) . (_) @name.p3z .)))))
       @definition.method)])]
  (#not-match? @name.p1u "^&")
  (#not-match? @name.p2u "^&"))

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (list_lit . (sym_lit) . (_) @name.p2z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (list_lit . (sym_lit) . (_) @name.p2z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                  . (list_lit . (sym_lit) . (_) @name.p2z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1s .)
                                    . (list_lit . (sym_lit) . (_) @name.p2z .)))))
       @definition.method)])])

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (list_lit . (sym_lit) . (_) @name.p2z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (list_lit . (sym_lit) . (_) @name.p2z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (sym_lit) @name.p1u
                                  . (list_lit . (sym_lit) . (_) @name.p2z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (sym_lit) @name.p1u
                                    . (list_lit . (sym_lit) . (_) @name.p2z .)))))
       @definition.method)])]
  (#not-match? @name.p1u "^&"))

([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1z .)))))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination
           lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1z .)))))
     @definition.method
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination
             lambda_list: (list_lit . (list_lit . (sym_lit) . (_) @name.p1z .)))))
       @definition.method)])])

; No specializer (the default method), or in a wrapper form.
([
  (source
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination)))
     @definition.method
     (list_lit . (sym_lit) @_wrapper
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination)))
       @definition.method)
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination)))
       @definition.method)])
  (ERROR
    [(list_lit
       (defun
         (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
           specifier: (_)? @name.combination)))
     @definition.method
     (list_lit . (sym_lit) @_wrapper
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination)))
       @definition.method)
     (include_reader_macro target:
       (list_lit
         (defun
           (defun_header keyword: (defun_keyword "defmethod") function_name: (_) @name
             specifier: (_)? @name.combination)))
       @definition.method)])]
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; Special variables (`defvar`, `defparameter`) and constants.
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.variable
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.variable)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.variable)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.variable
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.variable)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.variable)])]
  (#any-of? @_head "defvar" "defparameter")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.const
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.const)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.const)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.const
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.const)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.const)])]
  (#any-of? @_head "defconstant" "define-constant")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; Classes: `defclass` and `define-condition` (a condition type is a class). Their slots, the
; third argument, are fields: `(x :initarg :x :reader x)` or a bare `x`.
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.class
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.class)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.class)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.class
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.class)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.class)])]
  (#any-of? @_head "defclass" "define-condition")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
       . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
         . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)))
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
         . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)))])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
       . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
         . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)))
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
         . (list_lit [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)))])]
  (#any-of? @_head "defclass" "define-condition")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; `(defstruct point x y)`, `(defstruct (point (:conc-name pt-)) "Doc." (x 0 :type fixnum) y)`:
; the slots follow the name (and the docstring).
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.struct)])]
  (#eq? @_head "defstruct")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
       [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
         [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
         [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
       [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field)
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
         [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_)
         [(list_lit . (sym_lit) @name) (sym_lit) @name] @definition.field))])]
  (#eq? @_head "defstruct")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.type
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.type)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.type)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
     @definition.type
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.type)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) @name)
       @definition.type)])]
  (#eq? @_head "deftype")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; `(defpackage #:geometry ...)` (also `:geometry`, `"GEOMETRY"`, `geometry`) is `geometry`.
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace
     (list_lit . (sym_lit) @_wrapper
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace)
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (kwd_lit (kwd_symbol) @name) (str_lit) @name]) @definition.namespace)])]
  (#any-of? @_head "defpackage" "define-package")
  (#any-of? @_wrapper "progn" "eval-when" "let" "let*" "locally" "macrolet"))

; Tests of the common frameworks: FiveAM (`test`, `def-test`), Rove and Prove (`deftest`),
; lisp-unit and Parachute (`define-test`). Not in wrapper forms, where `test` is more often a
; local macro (`(macrolet ((test ...)) (test ...))`).
([
  (source
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.test
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.test)])
  (ERROR
    [(list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
       . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.test
     (include_reader_macro target:
       (list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)]
         . [(sym_lit) @name (list_lit . (sym_lit) @name)]) @definition.test)])]
  (#any-of? @_head "test" "def-test" "deftest" "define-test"))

; Docstrings, compared as comments. A function's string is its docstring when a form follows
; it (`(defun f () "text")` returns the text).
((defun (defun_header) . (str_lit) @doc . (_)))
; After the value: `(defvar *x* 1 "Doc.")`, `(defconstant +x+ 1 "Doc.")`.
((list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (_)
   . (str_lit) @doc)
 (#any-of? @_head "defvar" "defparameter" "defconstant" "define-constant"))
; `(deftype octet () "Doc." ...)`, `(defstruct point "Doc." ...)`.
((list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (sym_lit) . (list_lit)
   . (str_lit) @doc . (_))
 (#eq? @_head "deftype"))
((list_lit . [(sym_lit) @_head (package_lit symbol: (sym_lit) @_head)] . (_) . (str_lit) @doc)
 (#eq? @_head "defstruct"))
; `(:documentation "...")` on a class, condition, generic function or package, and
; `:documentation "..."` on a slot.
((kwd_lit) @_key . (str_lit) @doc
 (#eq? @_key ":documentation"))
