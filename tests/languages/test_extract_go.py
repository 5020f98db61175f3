"""Go: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
package shapes

import "math"

// Pi is close enough.
const Pi = 3.14

// Kind of a shape.
const (
	// Circle is round.
	Circle Kind = iota
	Square
	Width, Height = 4, 3
)

var registry = map[string]Shape{}

var (
	count int
	x, y, z float64
	a, b, c, d int
)

// Point is a point in the plane.
type Point struct {
	X, Y float64
}

type (
	// Shape has an area.
	Shape interface {
		Area() float64
	}
	Kind  int
	Label = string
)

type Pair[K comparable, V any] struct {
	key K
	val V
}

type Points []Point

// Area is zero for a point.
func (p Point) Area() float64 { return 0 }

func (p *Point) Scale(f float64) {
	p.X *= f
	p.Y *= f
}

func (p *Pair[K, V]) Key() K { return p.key }

func (p Pair[K, V]) Value() V { return p.val }

// Dist is the distance between two points.
func Dist(a, b Point) float64 {
	var local = 2.0
	type delta struct{ dx, dy float64 }
	d := delta{a.X - b.X, a.Y - b.Y}
	return math.Pow(d.dx*d.dx+d.dy*d.dy, 1/local)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
"""


def test_go_outline() -> None:
    assert (
        extract_outline("shapes.go", SOURCE)
        == """\
const Pi  5-6
const Circle  10-11
const Square  12-12
const Width, Height  13-13
variable registry  16-16
variable count  19-19
variable x, y, z  20-20
variable a, b, c, …  21-21
struct Point  24-27
interface Shape  30-33
type Kind  34-34
type Label  35-35
struct Pair  38-41
type Points  43-43
  method Point.Area  45-46
  method Point.Scale  48-51
  method Pair.Key  53-53
  method Pair.Value  55-55
function Dist  57-63
function Map  65-71
"""
    )


def test_go_methods_nest_under_their_receiver_type() -> None:
    found = entities("shapes.go", SOURCE)
    assert found["Point.Area"].parent == found["Point"].key
    assert found["Point.Scale"].parent == found["Point"].key
    assert found["Pair.Key"].parent == found["Pair"].key
    assert found["Pair.Value"].parent == found["Pair"].key
    assert found["Dist"].parent is None


def test_go_method_of_a_type_in_another_file_keeps_its_receiver_name() -> None:
    source = "package p\n\nfunc (s *Server) Close() error {\n\treturn nil\n}\n"
    assert extract_outline("close.go", source) == "method Server.Close  3-5\n"
    assert entities("close.go", source)["Server.Close"].parent is None


def test_go_receiver_without_a_name() -> None:
    source = 'package p\n\ntype T struct{}\n\nfunc (T) String() string { return "T" }\n'
    assert extract_outline("t.go", source) == "struct T  3-3\n  method T.String  5-5\n"


def test_go_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
package p

// Detached: a blank line separates it.

func a() {}
func b() {} // trailing: not b's, not c's
// Doc of c.
// Second line.
func c() {}
/* Block doc of d. */
func d() {}
"""
    assert extract_outline("p.go", source) == (
        "function a  5-5\nfunction b  6-6\nfunction c  7-9\nfunction d  10-11\n"
    )


def test_go_group_comment_belongs_to_the_file_and_spec_comments_to_specs() -> None:
    source = """\
package p

// Errors of the package.
var (
	// ErrClosed is returned after Close.
	ErrClosed = errors.New("closed")

	ErrTimeout = errors.New("timeout")
)
"""
    assert extract_outline("errors.go", source) == (
        "variable ErrClosed  5-6\nvariable ErrTimeout  8-8\n"
    )


def test_go_locals_are_part_of_their_function() -> None:
    source = """\
package p

func run() {
	const retries = 3
	var err error
	type state int
	helper := func() {}
	_, _, _ = retries, err, helper
}
"""
    assert extract_outline("run.go", source) == "function run  3-9\n"


def test_go_single_spec_declarations_span_the_keyword() -> None:
    source = "package p\n\nconst N = 1\nvar V = 2\ntype T int\ntype A = T\n"
    found = entities("p.go", source)
    for name in ("N", "V", "T", "A"):
        assert found[name].span.start_line == found[name].span.last_line
    assert extract_outline("p.go", source) == (
        "const N  3-3\nvariable V  4-4\ntype T  5-5\ntype A  6-6\n"
    )
    assert [(e.kind, e.name) for e in found.values()] == [
        ("const", "N"),
        ("variable", "V"),
        ("type", "T"),
        ("type", "A"),
    ]


def test_go_same_name_methods_of_different_types_are_distinct() -> None:
    source = """\
package p

type A struct{}
type B struct{}

func (A) Len() int { return 0 }
func (*B) Len() int { return 1 }
func init() {}
func init() {}
"""
    found = entities("p.go", source)
    assert {"A.Len", "B.Len", "init"} <= set(found)
    assert extract_outline("p.go", source) == (
        "struct A  3-3\nstruct B  4-4\n  method A.Len  6-6\n  method B.Len  7-7\n"
        "function init  8-8\nfunction init  9-9\n"
    )
