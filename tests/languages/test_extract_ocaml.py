"""OCaml: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
(* A small expression evaluator. *)
open Printf

type op = Add | Sub | Mul

(** An expression. *)
type expr =
  | Num of int
  | Bin of op * expr * expr
  | Var of string

and env = { vars : (string * int) list; depth : int }

exception Unbound of string

let empty = { vars = []; depth = 0 }

(** Looks a variable up. *)
let lookup env name =
  match List.assoc_opt name env.vars with
  | Some v -> v
  | None -> raise (Unbound name)

let rec eval env = function
  | Num n -> n
  | Bin (op, a, b) -> apply op (eval env a) (eval env b)
  | Var v -> lookup env v

and apply op a b =
  let result = match op with Add -> a + b | Sub -> a - b | Mul -> a * b in
  result

let ( +: ) a b = Bin (Add, a, b)

let () = printf "ready\\n"

module Pretty = struct
  let op_name = function Add -> "+" | Sub -> "-" | Mul -> "*"

  module Paren = struct
    let wrap s = "(" ^ s ^ ")"
  end
end

module type PRINTER = sig
  type t
  val print : t -> string
  val width : int
end

module Make (P : PRINTER) = struct
  let show x = P.print x
end

class counter start = object
  val mutable count = start
  method incr = count <- count + 1
  method get = count
end

external clock : unit -> float = "caml_sys_time"
"""


def test_ocaml_outline() -> None:
    assert (
        extract_outline("eval.ml", SOURCE)
        == """\
enum op  4-4
enum expr  7-10
record env  12-12
struct Unbound  14-14
const empty  16-16
function lookup  18-22
function eval  24-27
function apply  29-31
function +:  33-33
namespace Pretty  37-43
  function Pretty.op_name  38-38
  namespace Pretty.Paren  40-42
    function Pretty.Paren.wrap  41-41
interface PRINTER  45-49
  type PRINTER.t  46-46
  function PRINTER.print  47-47
  const PRINTER.width  48-48
namespace Make  51-53
  function Make.show  52-52
class counter  55-59
  field counter.count  56-56
  method counter.incr  57-57
  method counter.get  58-58
function clock  61-61
"""
    )


def test_ocaml_group_doc_comment_stays_with_the_file() -> None:
    # `type expr = ... and env = ...`: each binding is an entity of its own, so the comment
    # above the group belongs to neither.
    found = entities("eval.ml", SOURCE)
    assert found["expr"].span.start_line == 7
    assert found["lookup"].span.start_line == 18


def test_ocaml_locals_are_part_of_their_function() -> None:
    found = entities("eval.ml", SOURCE)
    assert "result" not in found and "apply.result" not in found
    assert found["apply"].parent is None


def test_ocaml_let_rec_and_gives_one_entity_per_binding() -> None:
    source = "let rec even n = n = 0 || odd (n - 1)\nand odd n = n <> 0 && even (n - 1)\n"
    assert extract_outline("parity.ml", source) == "function even  1-1\nfunction odd  2-2\n"


def test_ocaml_functions_and_values() -> None:
    source = """\
let answer = 42
let double x = 2 * x
let negate = fun x -> -x
let classify = function 0 -> "zero" | _ -> "other"
let[@inline] triple x = 3 * x
let _ = double answer
let counter = ref 0
"""
    assert extract_outline("values.ml", source) == (
        "const answer  1-1\nfunction double  2-2\nfunction negate  3-3\n"
        "function classify  4-4\nfunction triple  5-5\nconst counter  7-7\n"
    )


def test_ocaml_doc_comment_attaches_only_when_directly_above() -> None:
    source = "(** Detached. *)\n\nlet a = 1\n(** Of b. *)\nlet b = 2\n"
    assert extract_outline("doc.ml", source) == "const a  3-3\nconst b  4-5\n"
