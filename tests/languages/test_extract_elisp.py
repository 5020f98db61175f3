"""Emacs Lisp: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
;;; shapes.el --- Shapes and their areas  -*- lexical-binding: t -*-

;;; Code:

(require 'cl-lib)
(require 'eieio)

(defgroup shapes nil
  "Shapes and their areas."
  :group 'tools)

(defcustom shapes-precision 2
  "Digits kept by `shapes-round'."
  :type 'integer)

(defvar shapes--cache (make-hash-table :test #'equal)
  "Areas computed so far.")
(defvar-local shapes-current nil)
(defvar shapes-mode-map)
(defconst shapes-tau (* 2 float-pi) "A full turn.")

(defface shapes-highlight
  '((t :inherit highlight))
  "Face of the shape at point.")

;; A point of the plane.
(cl-defstruct (shapes-point (:constructor shapes-point-create))
  "A point."
  (x 0 :type number)
  y)

(defclass shapes-shape ()
  ((name :initarg :name :documentation "What to call it.")
   (color :initform 'black))
  "Anything with an area.")

(cl-defgeneric shapes-area (shape)
  "The area of SHAPE.")

(cl-defmethod shapes-area ((s shapes-circle))
  (* float-pi (expt (oref s radius) 2)))

(cl-defmethod shapes-area :around ((s shapes-shape))
  (shapes-round (cl-call-next-method)))

;;;###autoload
(defun shapes-round (x)
  "Round X to `shapes-precision' digits."
  (let ((scale (expt 10 shapes-precision)))
    (/ (round (* x scale)) (float scale))))

(defsubst shapes--square (x) (* x x))

(defmacro shapes-with-precision (digits &rest body)
  "Run BODY with DIGITS of precision."
  (declare (indent 1))
  `(let ((shapes-precision ,digits)) ,@body))

(cl-defun shapes-scale (shape &key (factor 2))
  (shapes--scale shape factor))

(defalias 'shapes-size #'shapes-area "Older name.")

(define-derived-mode shapes-list-mode tabulated-list-mode "Shapes"
  "List the shapes."
  (setq tabulated-list-format [("Name" 20 t)]))

(define-minor-mode shapes-mode
  "Highlight the shape at point."
  :lighter " Shapes")

(with-eval-after-load 'org
  (defun shapes-org-link (path)
    (shapes-find path)))

(ert-deftest shapes-round-test ()
  (should (= 1.23 (shapes-round 1.234))))

(provide 'shapes)
;;; shapes.el ends here
"""


def test_elisp_outline() -> None:
    assert (
        extract_outline("shapes.el", SOURCE)
        == """\
namespace shapes  8-10
variable shapes-precision  12-14
variable shapes--cache  16-17
variable shapes-current  18-18
const shapes-tau  20-20
property shapes-highlight  22-24
struct shapes-point  26-30
  field shapes-point.x  29-29
  field shapes-point.y  30-30
class shapes-shape  32-35
  field shapes-shape.name  33-33
  field shapes-shape.color  34-34
multimethod shapes-area  37-38
method shapes-area (shapes-circle)  40-41
method shapes-area :around (shapes-shape)  43-44
function shapes-round  46-50
function shapes--square  52-52
macro shapes-with-precision  54-57
function shapes-scale  59-60
function shapes-size  62-62
type shapes-list-mode  64-66
trait shapes-mode  68-70
function shapes-org-link  73-74
test shapes-round-test  76-77
"""
    )


def test_elisp_methods_are_told_apart_by_qualifiers_and_specializers() -> None:
    source = (
        "(cl-defmethod area ((s circle)) 1)\n"
        "(cl-defmethod area :before ((s circle)) 2)\n"
        '(cl-defmethod area :extra "log" ((s circle)) 3)\n'
        "(cl-defmethod area ((s circle) (n integer)) 4)\n"
        "(cl-defmethod area (s (n (eql 'unit))) 5)\n"
        "(cl-defmethod area ((a circle) b (c square) &optional (d 1)) 6)\n"
        "(cl-defmethod area (s &optional (n 1)) 7)\n"
        "(cl-defmethod (setf area) (value (s circle)) 8)\n"
        "(cl-defmethod area (&context (major-mode shapes-mode)) 9)\n"
    )
    assert extract_outline("x.el", source) == (
        "method area (circle)  1-1\n"
        "method area :before (circle)  2-2\n"
        'method area :extra "log" (circle)  3-3\n'
        "method area (circle integer)  4-4\n"
        "method area (t (eql 'unit))  5-5\n"
        "method area (circle t square)  6-6\n"
        "method area  7-7\n"
        "method (setf area) (t circle)  8-8\n"
        "method area (&context (major-mode shapes-mode))  9-9\n"
    )


def test_elisp_declarations_and_other_top_level_calls_are_not_entities() -> None:
    # `(defvar x)` only declares a variable defined elsewhere.
    source = (
        "(defvar magit-mode-map)\n"
        '(declare-function magit-refresh "magit-mode")\n'
        "(put 'shapes-area 'lisp-indent-function 1)\n"
        "(add-hook 'prog-mode-hook #'shapes-mode)\n"
        "(defvar kept 1)\n"
    )
    assert extract_outline("x.el", source) == "variable kept  5-5\n"


def test_elisp_definitions_in_guard_forms_are_top_level() -> None:
    source = (
        "(when (< emacs-major-version 28)\n  (defun string-pad (s n) s))\n"
        "(eval-and-compile\n  (defconst shapes-sides 4))\n"
        "(unless (fboundp 'take)\n  (defalias 'take #'seq-take))\n"
        "(if (featurep 'x)\n    (defvar shapes-x t)\n  (defvar shapes-x nil))\n"
        "(let ((counter 0))\n  (defun shapes-next-id () (setq counter (1+ counter))))\n"
    )
    assert extract_outline("x.el", source) == (
        "function string-pad  2-2\n"
        "const shapes-sides  4-4\n"
        "function take  6-6\n"
        "variable shapes-x  8-8\n"
        "variable shapes-x  9-9\n"
        "function shapes-next-id  11-11\n"
    )


def test_elisp_local_and_generated_definitions_are_not_entities() -> None:
    source = (
        "(defun outer ()\n"
        "  (defvar inner-var 1)\n"
        "  (defun inner () 1))\n"
        "(defmacro define-getter (name)\n"
        "  `(defun ,name () 1))\n"
        "(dolist (x '(a b))\n"
        "  (defalias x #'ignore))\n"
    )
    assert extract_outline("x.el", source) == ("function outer  1-3\nmacro define-getter  4-5\n")


def test_elisp_comment_directly_above_belongs_to_the_form() -> None:
    source = (
        ";;; Section\n"
        "\n"
        ";; Adds one.\n"
        ";;;###autoload\n"
        "(defun inc1 (x) (1+ x))\n"
        "(defun dec1 (x) (1- x)) ; trailing\n"
        "(defun twice (x) (* 2 x))\n"
    )
    assert extract_outline("x.el", source) == (
        "function inc1  3-5\nfunction dec1  6-6\nfunction twice  7-7\n"
    )


def _hashes(source: str, name: str) -> tuple[str, str]:
    fingerprint = entities("x.el", source)[name].fingerprint
    return fingerprint.own_text_hash, fingerprint.own_code_hash


def _docstring_is_a_comment(before: str, after: str, name: str) -> bool:
    old_text, old_code = _hashes(before, name)
    new_text, new_code = _hashes(after, name)
    return old_text != new_text and old_code == new_code


def test_elisp_docstrings_are_comments() -> None:
    cases = [
        ('(defun f (x)\n  "{}"\n  x)\n', "f"),
        ('(defmacro m (x)\n  "{}"\n  x)\n', "m"),
        ('(cl-defun f (&key x)\n  "{}"\n  x)\n', "f"),
        ('(cl-defmethod f ((x y))\n  "{}"\n  x)\n', "f (y)"),
        ('(cl-defmethod f :around ((x y))\n  "{}"\n  x)\n', "f :around (y)"),
        ('(cl-defgeneric f (x)\n  "{}")\n', "f"),
        ('(defvar v 1 "{}")\n', "v"),
        ('(defconst c 1 "{}")\n', "c"),
        ('(defcustom o 1 "{}" :type (quote integer))\n', "o"),
        ('(defface x (quote ((t))) "{}")\n', "x"),
        ('(defgroup g nil "{}")\n', "g"),
        ("(defalias 'a #'b \"{}\")\n", "a"),
        ('(define-minor-mode m "{}")\n', "m"),
        ('(define-derived-mode m p "M" "{}" (ignore))\n', "m"),
        ('(cl-defstruct s "{}" a)\n', "s"),
        ('(defclass c () () "{}")\n', "c"),
        ('(defclass c () ((a :documentation "{}")))\n', "c.a"),
        ('(ert-deftest t1 ()\n  "{}"\n  (should t))\n', "t1"),
    ]
    for template, name in cases:
        before, after = template.replace("{}", "Old."), template.replace("{}", "New.")
        assert _docstring_is_a_comment(before, after, name), template


def test_elisp_strings_that_are_values_are_code() -> None:
    # A function whose only body form is a string returns it.
    assert not _docstring_is_a_comment('(defun f () "old")\n', '(defun f () "new")\n', "f")
    assert not _docstring_is_a_comment('(defvar v "old")\n', '(defvar v "new")\n', "v")
