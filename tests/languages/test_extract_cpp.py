"""C++: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.model import Entity
from semdiff.sources import make_source
from tests.support import extract_outline

SOURCE = """\
#include <cmath>
#include <memory>
#include <string>

#define GEO_VERSION 3

namespace geo {

constexpr double kPi = 3.14159265358979;
int shape_count = 0;

/// A closed figure in the plane.
class Shape {
public:
    using Ptr = std::unique_ptr<Shape>;
    enum class Kind { Circle, Square };

    explicit Shape(Kind kind);
    virtual ~Shape() = default;

    virtual double area() const = 0;
    double scaled(double factor) const;
    double scaled(int percent) const;
    bool operator==(const Shape& other) const { return kind_ == other.kind_; }
    explicit operator bool() const { return area() > 0; }

    static const int kMaxSides = 64;

protected:
    struct Bounds {
        double width, height;
    };

private:
    Kind kind_;
    std::string label_;
};

template <typename T>
class Box {
public:
    explicit Box(T value) : value_(value) {}
    T get() const { return value_; }

private:
    T value_;
};

Shape::Shape(Kind kind) : kind_(kind) { ++shape_count; }

double Shape::scaled(double factor) const { return area() * factor; }

double Shape::scaled(int percent) const { return area() * percent / 100.0; }

double circle_area(double radius);
double circle_area(float radius);

}  // namespace geo
"""


def test_cpp_outline() -> None:
    # Out-of-line members (lines 49-53) nest under their class, Shape, and are drawn at its
    # members' depth.
    assert (
        extract_outline("shapes.cpp", SOURCE)
        == """\
macro GEO_VERSION  5-5
namespace geo  7-58
  const geo::kPi  9-9
  variable geo::shape_count  10-10
  class geo::Shape  12-37
    type geo::Shape::Ptr  15-15
    enum geo::Shape::Kind  16-16
    constructor geo::Shape::Shape(Kind)  18-18
    method geo::Shape::~Shape  19-19
    method geo::Shape::area  21-21
    method geo::Shape::scaled(double)  22-22
    method geo::Shape::scaled(int)  23-23
    method geo::Shape::operator==(Shape)  24-24
    method geo::Shape::operator bool  25-25
    const geo::Shape::kMaxSides  27-27
    struct geo::Shape::Bounds  30-32
      field geo::Shape::Bounds::width  31-31
    field geo::Shape::kind_  35-35
    field geo::Shape::label_  36-36
  class geo::Box  39-47
    constructor geo::Box::Box(T)  42-42
    method geo::Box::get  43-43
    field geo::Box::value_  46-46
    constructor geo::Shape::Shape(Kind)  49-49
    method geo::Shape::scaled(double)  51-51
    method geo::Shape::scaled(int)  53-53
  function geo::circle_area(double)  55-55
  function geo::circle_area(float)  56-56
"""
    )


def _entities(path: str, source: str) -> tuple[Entity, ...]:
    """Every entity, in order (`entities` keeps one per qualified name)."""
    return parse_file(make_source(path, source.encode("utf-8"))).entities


def _parent(entity: Entity) -> str | None:
    return entity.parent.split("\x1f")[2] if entity.parent else None


def test_cpp_out_of_line_members_nest_under_their_class() -> None:
    placed = [
        (e.kind, e.qualified_name, e.overload, _parent(e), e.span.start_line)
        for e in _entities("shapes.cpp", SOURCE)
        if e.span.start_line >= 49
    ]
    assert placed == [
        ("constructor", "geo::Shape::Shape", "Kind", "geo::Shape", 49),
        ("method", "geo::Shape::scaled", "double", "geo::Shape", 51),
        ("method", "geo::Shape::scaled", "int", "geo::Shape", 53),
        ("function", "geo::circle_area", "double", "geo", 55),
        ("function", "geo::circle_area", "float", "geo", 56),
    ]


def test_cpp_out_of_line_member_of_a_class_in_another_file() -> None:
    source = """\
#include "shape.h"

double Shape::area() const { return width_ * height_; }
Shape::~Shape() {}
template <typename T>
void Box<T>::set(T value) { value_ = value; }
"""
    assert extract_outline("shape.cpp", source) == (
        "method Shape::area  3-3\nmethod Shape::~Shape  4-4\nmethod Box::set(T)  5-6\n"
    )
    assert all(e.parent is None for e in _entities("shape.cpp", source))


def test_cpp_qualified_scope_of_several_parts() -> None:
    source = """\
namespace geo {
class Shape {
    double area() const;
};
}

double geo::Shape::area() const { return 0; }
"""
    found = [(e.qualified_name, _parent(e)) for e in _entities("shape.cpp", source)]
    assert found[-1] == ("geo::Shape::area", "geo::Shape")


def test_cpp_overloads_are_told_apart_by_parameter_types() -> None:
    source = """\
void write(int value);
void write(const std::string& text, int width = 0);
void write(const char* format, ...);
template <typename... Args> void write(Args&&... args);
"""
    found = [(e.name, e.overload) for e in _entities("w.hpp", source)]
    assert found == [
        ("write", "int"),
        ("write", "std::string, int"),
        ("write", "char, ..."),
        ("write", "Args"),
    ]
    renamed = source.replace("int value", "int number").replace("text,", "message,")
    assert [e.key for e in _entities("w.hpp", renamed)] == [
        e.key for e in _entities("w.hpp", source)
    ]


def test_cpp_template_belongs_to_its_definition() -> None:
    source = """\
// Largest of two.
template <typename T>
T largest(T a, T b) {
    return a < b ? b : a;
}

template <typename T>
using Pair = std::pair<T, T>;
"""
    assert extract_outline("t.cpp", source) == "function largest(T, T)  1-5\ntype Pair  7-8\n"


def test_cpp_locals_are_part_of_their_function() -> None:
    source = """\
int run(std::mutex& m, int n) {
    std::lock_guard<std::mutex> lock(m);
    using count_t = long;
    typedef int index_t;
    const int limit = 3;
    count_t total = 0;
#ifdef TRACE
    int trace = 1;
#else
    int trace = 0;
#endif
    auto twice = [](int x) { return 2 * x; };
    return twice(n) + total + trace + limit;
}
"""
    assert extract_outline("run.cpp", source) == "function run(std::mutex, int)  1-14\n"


def test_cpp_local_class_is_part_of_its_function() -> None:
    # local_scopes (language.toml): a class defined in a function body is the function's.
    source = """\
void sort_by_size(std::vector<Item>& items) {
    struct BySize {
        bool operator()(const Item& a, const Item& b) const { return a.size < b.size; }
    };
    std::sort(items.begin(), items.end(), BySize());
}
"""
    assert extract_outline("s.cpp", source) == ("function sort_by_size(std::vector<Item>)  1-6\n")


def test_cpp_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
/* Detached: a blank line separates it. */

int a() { return 0; }
int b() { return 1; } // trailing: not b's, not c's
/// Doc of c.
/// Second line.
int c() { return 2; }
"""
    assert extract_outline("p.cpp", source) == "function a  3-3\nfunction b  4-4\nfunction c  5-7\n"


def test_cpp_nested_namespaces_and_members_in_conditionals() -> None:
    source = """\
namespace net::http {
inline namespace v2 {
class Client {
public:
    Client(const Client&) = delete;
    DISALLOW_COPY_AND_ASSIGN(Client);
#if defined(NET_TLS)
    void use_tls(bool on);
#endif
    Client& operator=(Client&& other) noexcept;
};
}
}
"""
    assert extract_outline("c.hpp", source) == (
        "namespace net::http  1-13\n"
        "  namespace net::http::v2  2-12\n"
        "    class net::http::v2::Client  3-11\n"
        "      constructor net::http::v2::Client::Client(Client)  5-5\n"
        "      method net::http::v2::Client::use_tls(bool)  8-8\n"
        "      method net::http::v2::Client::operator=(Client)  10-10\n"
    )


def test_cpp_googletest_tests_are_named_suite_dot_name() -> None:
    source = """\
TEST(RingTest, StartsEmpty) {
    EXPECT_TRUE(Ring(4).empty());
}

TEST_F(RingFixture, WrapsAround) { EXPECT_EQ(ring.get(), 1); }
"""
    assert extract_outline("ring_test.cc", source) == (
        "test RingTest.StartsEmpty  1-3\ntest RingFixture.WrapsAround  5-5\n"
    )


def test_cpp_export_macro_in_a_class_head_still_gives_the_class() -> None:
    # The grammar reads `class API Widget { ... }` as a function `Widget` whose body is a
    # block; the class is recovered. Its members are what the parser makes of that block (here
    # `width` reads as a variable with an initializer: a local, not an entity).
    source = """\
class WIDGETS_API Widget : public Base {
public:
    int width() const { return 1; }
};
"""
    assert extract_outline("w.hpp", source) == "class Widget  1-4  !errors\n"


def test_cpp_specializations_and_concepts() -> None:
    source = """\
template <>
struct hash<geo::Point> {
    size_t operator()(const geo::Point& p) const noexcept;
};

template <typename T>
concept Shape = requires(T t) { t.area(); };
"""
    assert extract_outline("h.hpp", source) == (
        "struct hash<geo::Point>  1-4\n"
        "  method hash<geo::Point>::operator()(geo::Point)  3-3\n"
        "trait Shape  6-7\n"
    )


def test_cpp_prototype_in_a_conditional_keeps_its_parameter_types() -> None:
    # A prototype is matched wherever it is (local_scopes drops those in a function body), so
    # one in an #if branch has its parameter types as one elsewhere: putting it under #ifdef
    # keeps its key, and the overloads of two branches are told apart.
    source = """\
namespace io {
#ifdef IO_POSIX
int open_file(const char* path, int flags);
#else
void* open_file(const wchar_t* path);
#endif
extern int open_count;
}
"""
    assert extract_outline("io.hpp", source) == (
        "namespace io  1-8\n"
        "  function io::open_file(char, int)  3-3\n"
        "  function io::open_file(wchar_t)  5-5\n"
        "  variable io::open_count  7-7\n"
    )
