; Emacs Lisp (Wilfred/tree-sitter-elisp). A definition is a form whose head is a defining
; macro: `(defun name ...)`. The grammar has nodes of its own for `defun`/`defsubst`
; (function_definition), `defmacro` (macro_definition) and `defvar`/`defconst` (special_form);
; every other definer is a plain list matched by its head symbol.
;
; Definitions are top-level forms: directly in the file, or directly in a form that only
; guards or groups top-level code: `(when (< emacs-major-version 28) (defun ...))`,
; `(eval-and-compile ...)`, `(with-eval-after-load 'x ...)`, `(progn ...)`, `(if ...)`, and a
; top-level `(let ...)` closing over a variable. A definition inside a function body is part of
; that function; the whole set of those guards is in every pattern's `#any-of? @_wrapper`.

; Functions: `defun`, `defsubst`; `cl-defun` and friends; `transient-define-*` commands.
(source_file
  [(function_definition name: (symbol) @name) @definition.function
   (list . (symbol) @_wrapper (function_definition name: (symbol) @name) @definition.function)
   (special_form ["progn" "if" "let" "let*"]
     (function_definition name: (symbol) @name) @definition.function)]
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.function
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.function)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . (symbol) @name) @definition.function)]
  (#any-of? @_head "cl-defun" "cl-defsubst" "cl-iter-defun" "define-inline"
    "transient-define-prefix" "transient-define-suffix" "transient-define-infix"
    "transient-define-argument")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; `(defalias 'name #'other "Doc.")` gives `name` a function definition: a function here.
(source_file
  [(list . (symbol) @_head . (quote (symbol) @name)) @definition.function
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (quote (symbol) @name)) @definition.function)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . (quote (symbol) @name)) @definition.function)]
  (#any-of? @_head "defalias" "define-obsolete-function-alias")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(macro_definition name: (symbol) @name) @definition.macro
   (list . (symbol) @_wrapper (macro_definition name: (symbol) @name) @definition.macro)
   (special_form ["progn" "if" "let" "let*"]
     (macro_definition name: (symbol) @name) @definition.macro)]
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.macro
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.macro)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . (symbol) @name) @definition.macro)]
  (#eq? @_head "cl-defmacro")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . [(symbol) (list)] @name) @definition.multimethod
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(symbol) (list)] @name) @definition.multimethod)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . [(symbol) (list)] @name) @definition.multimethod)]
  (#eq? @_head "cl-defgeneric")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; Methods are named after their generic, qualifiers and specializers (language.toml):
; `(cl-defmethod area :around ((s circle) n) ...)` is `area :around (circle)`. The specializers
; are those of the required parameters (before any `&optional`, `&rest`, `&context`...), up to
; the last specialized one, at most three; an unspecialized one reads `t`. One pattern per shape
; of that prefix, longest first (when two patterns capture one form, the first wins). Only at
; top level: a method inside a guard form falls to the last pattern and is named without its
; specializers.
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (list . (symbol) . (_) @name.p1s .) . (list . (symbol) . (_) @name.p2s .)
            . (list . (symbol) . (_) @name.p3z .))) @definition.method
  (#eq? @_head "cl-defmethod"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (symbol) @name.p1u . (list . (symbol) . (_) @name.p2s .)
            . (list . (symbol) . (_) @name.p3z .))) @definition.method
  (#eq? @_head "cl-defmethod")
  (#not-match? @name.p1u "^&"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (list . (symbol) . (_) @name.p1s .) . (symbol) @name.p2u
            . (list . (symbol) . (_) @name.p3z .))) @definition.method
  (#eq? @_head "cl-defmethod")
  (#not-match? @name.p2u "^&"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (symbol) @name.p1u . (symbol) @name.p2u
            . (list . (symbol) . (_) @name.p3z .))) @definition.method
  (#eq? @_head "cl-defmethod")
  (#not-match? @name.p1u "^&")
  (#not-match? @name.p2u "^&"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (list . (symbol) . (_) @name.p1s .) . (list . (symbol) . (_) @name.p2z .)))
  @definition.method
  (#eq? @_head "cl-defmethod"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (symbol) @name.p1u . (list . (symbol) . (_) @name.p2z .))) @definition.method
  (#eq? @_head "cl-defmethod")
  (#not-match? @name.p1u "^&"))
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (list . (symbol) . (_) @name.p1z .))) @definition.method
  (#eq? @_head "cl-defmethod"))
; Dispatch on context only, as for major modes: `(cl-defmethod magit-buffer-value (&context
; (major-mode magit-diff-mode)) ...)` is `magit-buffer-value (&context (major-mode
; magit-diff-mode))`.
(source_file
  (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
    . (string)? @name.combination_extra
    . (list . (symbol) @_context . (list) @name.context)) @definition.method
  (#eq? @_head "cl-defmethod")
  (#eq? @_context "&context"))
; No specializer (the default method), or inside a guard form.
(source_file
  [(list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
     . (string)? @name.combination_extra . (list)) @definition.method
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
       . (string)? @name.combination_extra . (list)) @definition.method)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . [(symbol) (list)] @name . (symbol)? @name.combination
       . (string)? @name.combination_extra . (list)) @definition.method)]
  (#eq? @_head "cl-defmethod")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; Variables: `defvar`, `defvar-local`, `defcustom` (a user option is a variable), aliases.
; `(defvar name)` without a value is not one: it only tells the byte compiler that `name` is
; special in this file (a variable defined elsewhere), like `declare-function`.
(source_file
  [(special_form "defvar" . (symbol) @name . (_)) @definition.variable
   (list . (symbol) @_wrapper (special_form "defvar" . (symbol) @name . (_)) @definition.variable)
   (special_form ["progn" "if" "let" "let*"]
     (special_form "defvar" . (symbol) @name . (_)) @definition.variable)]
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.variable
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.variable)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . (symbol) @name) @definition.variable)]
  (#any-of? @_head "defvar-local" "defcustom" "defvar-keymap")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (quote (symbol) @name)) @definition.variable
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (quote (symbol) @name)) @definition.variable)
   (special_form ["progn" "if" "let" "let*"]
     (list . (symbol) @_head . (quote (symbol) @name)) @definition.variable)]
  (#any-of? @_head "defvaralias" "define-obsolete-variable-alias")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(special_form "defconst" . (symbol) @name) @definition.const
   (list . (symbol) @_wrapper (special_form "defconst" . (symbol) @name) @definition.const)
   (special_form ["progn" "if" "let" "let*"]
     (special_form "defconst" . (symbol) @name) @definition.const)]
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; A face is a named set of display attributes; a group gathers options and faces (`:group`),
; the closest Emacs Lisp has to a namespace, though it does not enclose them.
(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.property
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.property)]
  (#eq? @_head "defface")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.namespace
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.namespace)]
  (#eq? @_head "defgroup")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; Modes. A major mode derives from a parent mode (`derived-mode-p` asks "is a"): a type. A
; minor mode is a feature switched on in any buffer, over any major mode: a trait.
(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.type
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.type)]
  (#eq? @_head "define-derived-mode")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.trait
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.trait)]
  (#any-of? @_head "define-minor-mode" "define-globalized-minor-mode")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; Records. `(cl-defstruct (point (:constructor make-pt)) ...)` names `point`. Slots are fields:
; each slot after the name and the docstring, bare (`y`) or with options (`(x 0 :type number)`);
; an EIEIO class's slots are its third argument.
(source_file
  [(list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.struct
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . [(symbol) @name (list . (symbol) @name)]) @definition.struct)]
  (#eq? @_head "cl-defstruct")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))
(source_file
  [(list . (symbol) @_head . (_) [(symbol) @name (list . (symbol) @name)] @definition.field)
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (_)
       [(symbol) @name (list . (symbol) @name)] @definition.field))]
  (#eq? @_head "cl-defstruct")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.class
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.class)]
  (#eq? @_head "defclass")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))
(source_file
  [(list . (symbol) @_head . (symbol) . (list) . (list (list . (symbol) @name) @definition.field))
   (list . (symbol) @_wrapper
     (list . (symbol) @_head . (symbol) . (list)
       . (list (list . (symbol) @name) @definition.field)))]
  (#eq? @_head "defclass")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

(source_file
  [(list . (symbol) @_head . (symbol) @name) @definition.test
   (list . (symbol) @_wrapper (list . (symbol) @_head . (symbol) @name) @definition.test)]
  (#eq? @_head "ert-deftest")
  (#any-of? @_wrapper "when" "unless" "eval-and-compile" "eval-when-compile"
    "with-eval-after-load" "with-no-warnings" "cl-eval-when"))

; Docstrings, compared as comments. A function's string is its docstring when a form follows
; it (`(defun f () "text")` returns the text).
((function_definition docstring: (string) @doc . (_)))
((macro_definition docstring: (string) @doc . (_)))
; After the argument list: `(cl-defun f (x) "Doc." ...)`, `(ert-deftest t () "Doc." ...)`;
; a generic's may end it.
((list . (symbol) @_head . (_) . (list) . (string) @doc . (_))
 (#any-of? @_head "cl-defun" "cl-defsubst" "cl-iter-defun" "cl-defmacro" "cl-defmethod"
   "ert-deftest" "define-inline" "transient-define-prefix" "transient-define-suffix"
   "transient-define-infix" "transient-define-argument"))
((list . (symbol) @_head . (_) . (list) . (string) @doc)
 (#eq? @_head "cl-defgeneric"))
; After a method's qualifier: `(cl-defmethod f :around ((x y)) "Doc." ...)`.
((list . (symbol) @_head . (_) . (symbol) . (list) . (string) @doc . (_))
 (#eq? @_head "cl-defmethod"))
; After the value: `(defvar x 1 "Doc.")`, `(defcustom x 1 "Doc." :type ...)`,
; `(defface f '(...) "Doc.")`, `(defgroup g nil "Doc.")`, `(defalias 'f #'g "Doc.")`.
((special_form ["defvar" "defconst"] . (symbol) . (_) . (string) @doc))
((list . (symbol) @_head . [(symbol) (quote)] . (_) . (string) @doc)
 (#any-of? @_head "defvar-local" "defcustom" "defface" "defgroup" "defalias"
   "defvaralias" "define-obsolete-variable-alias" "define-obsolete-function-alias"))
; `(define-minor-mode m "Doc." ...)`, `(cl-defstruct name "Doc." slots...)`.
((list . (symbol) @_head . (_) . (string) @doc)
 (#any-of? @_head "define-minor-mode" "cl-defstruct"))
; `(define-globalized-minor-mode g m turn-on "Doc.")`.
((list . (symbol) @_head . (symbol) . (symbol) . (symbol) . (string) @doc)
 (#eq? @_head "define-globalized-minor-mode"))
; `(define-derived-mode m parent "Name" "Doc." ...)`.
((list . (symbol) @_head . (symbol) . (_) . (_) . (string) @doc)
 (#eq? @_head "define-derived-mode"))
; `(defclass c (parents) (slots) "Doc.")`.
((list . (symbol) @_head . (symbol) . (list) . (list) . (string) @doc)
 (#eq? @_head "defclass"))
; `:documentation "..."` on an EIEIO class, a slot or a generic.
((symbol) @_key . (string) @doc
 (#eq? @_key ":documentation"))

; The grammar has no `body` field: the body is the forms after the parameter list (from the
; docstring on). An edit there is a body change; one to the name or parameters, a signature
; change.
(function_definition parameters: (_) . (_) @body)
(macro_definition parameters: (_) . (_) @body)
