"""Rust: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
//! Crate docs.
use std::fmt;

/// The maximum.
pub const MAX: usize = 10;
static COUNTER: AtomicUsize = AtomicUsize::new(0);
pub type Result<T> = std::result::Result<T, Error>;

/// A point.
#[derive(Debug)]
pub struct Point<T> {
    x: T,
}

pub enum Shape { Circle(f64), Square(f64) }

pub union Bits { i: u32, f: f32 }

pub trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> &str {
        "shape"
    }
}

impl<T> Point<T> {
    pub fn new(x: T) -> Self {
        Point { x }
    }
}

impl fmt::Display for Point<i32> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.x)
    }
}

mod inner {
    pub fn helper() {}
}

macro_rules! square {
    ($x:expr) => { $x * $x };
}

fn main() {
    fn nested() {}
}
"""


def test_rust_outline() -> None:
    assert (
        extract_outline("lib.rs", SOURCE)
        == """\
const MAX  4-5
static COUNTER  6-6
type Result  7-7
struct Point  9-13
enum Shape  15-15
union Bits  17-17
trait Area  19-24
  method Area::area  20-20
  method Area::name  21-23
impl Point  26-30
  method Point::new  27-29
impl <Point as Display>  32-36
  method <Point as Display>::fmt  33-35
namespace inner  38-40
  function inner::helper  39-39
macro square  42-44
function main  46-48
  function main::nested  47-47
"""
    )


def test_rust_trait_impl_methods_are_qualified_as_rust_writes_them() -> None:
    source = (
        "impl<T: Clone> From<T> for Wrapper<T> {\n    fn from(t: T) -> Self { Wrapper(t) }\n}\n"
    )
    assert extract_outline("x.rs", source) == (
        "impl <Wrapper as From>  1-3\n  method <Wrapper as From>::from  2-2\n"
    )


def test_rust_impls_for_primitive_types_hold_their_methods() -> None:
    # Found by the accuracy benchmark (regex-syntax): without the impl, the two `as_u32` were
    # top-level functions with one key, told apart only by their order.
    source = (
        "impl Bound for u8 {\n    fn as_u32(self) -> u32 { self as u32 }\n}\n"
        "impl Bound for char {\n    fn as_u32(self) -> u32 { self as u32 }\n}\n"
        "impl str {\n    fn f() {}\n}\n"
    )
    assert extract_outline("x.rs", source) == (
        "impl <u8 as Bound>  1-3\n  method <u8 as Bound>::as_u32  2-2\n"
        "impl <char as Bound>  4-6\n  method <char as Bound>::as_u32  5-5\n"
        "impl str  7-9\n  method str::f  8-8\n"
    )


def test_rust_doc_comments_and_attributes_belong_to_the_item() -> None:
    source = "use x;\n\n/// Docs.\n#[inline]\nfn f() {}\n\n// Apart.\n\nfn g() {}\n"
    assert extract_outline("x.rs", source) == "function f  3-5\nfunction g  9-9\n"
