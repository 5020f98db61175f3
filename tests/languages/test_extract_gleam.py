"""Gleam: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
//// Sessions of signed-in users.

import gleam/dict.{type Dict}
import gleam/int
import gleam/result

/// How long a session lives, in seconds.
pub const max_age = 3600

const cookie_name = "session"

pub type SessionId =
  String

/// A signed-in user, or a visitor.
pub opaque type Session {
  Signed(id: SessionId, user: String, expires: Int)
  Anonymous
}

pub type Store

@external(erlang, "os", "system_time")
@external(javascript, "./session_ffi.mjs", "now")
fn now() -> Int

/// Starts a session for `user`.
pub fn start(store: Store, user: String) -> #(SessionId, Store) {
  let id = user <> int.to_string(now())
  let session = Signed(id: id, user: user, expires: now() + max_age)
  #(id, dict.insert(store, id, session))
}

@deprecated("Use lookup")
pub fn find(store, id) {
  lookup(store, id)
}

pub fn lookup(store: Dict(SessionId, Session), id: SessionId) -> Result(String, Nil) {
  let time = now()
  let alive = fn(session) {
    case session {
      Signed(expires: expires, user: user, ..) if expires > time -> Ok(user)
      _ -> Error(Nil)
    }
  }
  dict.get(store, id)
  |> result.then(alive)
}
"""


def test_gleam_outline() -> None:
    """Only the top level holds definitions: `lookup`'s `alive` is part of it. A custom type
    (opaque or not) is an enum of constructors, `type SessionId = String` an alias and `pub type
    Store` (no constructors) a type; the attributes and doc comment above `now` are its own."""
    assert (
        extract_outline("session.gleam", SOURCE)
        == """\
const max_age  7-8
const cookie_name  10-10
type SessionId  12-13
enum Session  15-19
type Store  21-21
function now  23-25
function start  27-32
function find  34-37
function lookup  39-49
"""
    )
