"""OCaml interfaces (.mli): source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
(** Bounded queues. *)

type 'a t
(** A queue of ['a]. *)

type error = Full | Empty

type stats = { pushed : int; popped : int }

exception Closed of string

(** [create n] is an empty queue of at most [n] items. *)
val create : int -> 'a t

val push : 'a t -> 'a -> (unit, error) result
val default_capacity : int
external now : unit -> float = "caml_sys_time"

module Stats : sig
  val of_queue : 'a t -> stats

  module Json : sig
    val encode : stats -> string
  end
end

module type ORDERED = sig
  type t
  val compare : t -> t -> int
end

module Make (O : ORDERED) : sig
  val sort : O.t list -> O.t list
end

class logger : string -> object
  method log : string -> unit
  val mutable lines : int
end
"""


def test_ocaml_interface_outline() -> None:
    assert (
        extract_outline("queue.mli", SOURCE)
        == """\
type t  3-3
enum error  6-6
record stats  8-8
struct Closed  10-10
function create  12-13
function push  15-15
const default_capacity  16-16
function now  17-17
namespace Stats  19-25
  function Stats.of_queue  20-20
  namespace Stats.Json  22-24
    function Stats.Json.encode  23-23
interface ORDERED  27-30
  type ORDERED.t  28-28
  function ORDERED.compare  29-29
namespace Make  32-34
  function Make.sort  33-33
class logger  36-39
  method logger.log  37-37
  field logger.lines  38-38
"""
    )


def test_ocaml_interface_is_its_own_language() -> None:
    # The implementation grammar cannot read `val` at the top of a file.
    assert extract_outline("a.mli", "val x : int\n") == "const x  1-1\n"
