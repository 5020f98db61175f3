"""C: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
/* ring.c - a fixed-size ring buffer of bytes. */
#include <stdlib.h>
#include <string.h>

#define RING_MIN_CAPACITY 16
#define RING_MASK(r, i) ((i) & ((r)->capacity - 1))

/** Why a read or write failed. */
enum ring_error { RING_OK, RING_FULL, RING_EMPTY };

typedef struct {
    unsigned char *data;
    size_t capacity;
    size_t head, tail;
} ring_t;

typedef union {
    unsigned int word;
    unsigned char bytes[4];
} ring_word_t;

struct ring_stats {
    size_t reads;
    size_t writes;
};

typedef void (*ring_hook_fn)(const ring_t *ring, size_t count);

static const char *const ring_error_names[] = {"ok", "full", "empty"};
static struct ring_stats stats;
ring_hook_fn ring_on_write = NULL;

static size_t ring_round_up(size_t n);

/* Allocates a ring of at least `capacity` bytes. */
ring_t *ring_new(size_t capacity) {
    ring_t *ring = malloc(sizeof *ring);
    if (ring == NULL)
        return NULL;
    ring->capacity = ring_round_up(capacity < RING_MIN_CAPACITY ? RING_MIN_CAPACITY : capacity);
    ring->data = malloc(ring->capacity);
    ring->head = ring->tail = 0;
    return ring;
}

enum ring_error ring_put(ring_t *ring, unsigned char byte) {
    if (ring->tail - ring->head == ring->capacity)
        return RING_FULL;
    ring->data[RING_MASK(ring, ring->tail++)] = byte;
    stats.writes++;
    if (ring_on_write)
        ring_on_write(ring, 1);
    return RING_OK;
}

static size_t ring_round_up(size_t n) {
    size_t power = 1;
    while (power < n)
        power <<= 1;
    return power;
}

const char *ring_strerror(enum ring_error error) {
    return ring_error_names[error];
}
"""


def test_c_outline() -> None:
    assert (
        extract_outline("ring.c", SOURCE)
        == """\
macro RING_MIN_CAPACITY  5-5
macro RING_MASK  6-6
enum ring_error  8-9
struct ring_t  11-15
union ring_word_t  17-20
struct ring_stats  22-25
type ring_hook_fn  27-27
const ring_error_names  29-29
variable stats  30-30
variable ring_on_write  31-31
function ring_round_up  33-33
function ring_new  35-44
function ring_put  46-54
function ring_round_up  56-61
function ring_strerror  63-65
"""
    )


def test_c_nothing_nests() -> None:
    assert all(entity.parent is None for entity in entities("ring.c", SOURCE).values())


HEADER = """\
#ifndef RING_H
#define RING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(RING_SHARED)
#  define RING_API __declspec(dllexport)
#else
#  define RING_API
#endif

#if RING_WIDE
typedef unsigned long ring_size_t;
#else
typedef unsigned int ring_size_t;
#endif

typedef struct ring ring_t;

/** Creates a ring; NULL when out of memory. */
ring_t *ring_new(ring_size_t capacity);
void ring_free(ring_t *ring);
int ring_put(ring_t *ring, unsigned char byte);

extern int ring_debug;

#ifdef __cplusplus
}
#endif

#endif /* RING_H */
"""


def test_c_header_prototypes_under_guard_and_extern_c() -> None:
    # The guard's #define has no value (a flag, not an entity), nor has the empty RING_API;
    # both branches of an #if define an entity each.
    assert extract_outline("ring.h", HEADER) == (
        "macro RING_API  11-11\n"
        "type ring_size_t  17-17\n"
        "type ring_size_t  19-19\n"
        "type ring_t  22-22\n"
        "function ring_new  24-25\n"
        "function ring_free  26-26\n"
        "function ring_put  27-27\n"
        "variable ring_debug  29-29\n"
    )


def test_c_export_macro_before_a_prototype_keeps_the_prototype() -> None:
    source = "API int f(int x);\nAPI const char *g(void);\n"
    assert extract_outline("api.h", source) == (
        "function f  1-1  !errors\nfunction g  2-2  !errors\n"
    )


def test_c_doc_comments_attach_only_when_directly_above() -> None:
    source = """\
/* Detached: a blank line separates it. */

int a(void) { return 0; }
int b(void) { return 1; } /* trailing: not b's, not c's */
/** Doc of c. */
// Second line.
int c(void) { return 2; }
"""
    assert extract_outline("p.c", source) == ("function a  3-3\nfunction b  4-4\nfunction c  5-7\n")


def test_c_locals_are_part_of_their_function() -> None:
    source = """\
int run(int n) {
    struct pair { int a, b; };
    typedef int count_t;
    enum { LIMIT = 3 };
#define TWICE(x) ((x) * 2)
    static int calls;
    count_t total = 0;
#if defined(DEBUG)
    int trace = 1;
#else
    int trace = 0;
#endif
    int (*op)(int) = 0;
    calls++;
    return TWICE(n) + total + trace + LIMIT + (op != 0);
}
"""
    assert extract_outline("run.c", source) == "function run  1-16\n"


def test_c_most_vexing_declarations_name_the_variable() -> None:
    source = """\
static void (*hook)(int) = 0;
char **argv_copy;
int grid[4][4];
const char *const *names;
int a, b;
"""
    assert extract_outline("v.c", source) == (
        "variable hook  1-1\n"
        "variable argv_copy  2-2\n"
        "variable grid  3-3\n"
        "const names  4-4\n"
        "variable a  5-5\n"
    )


def test_c_constants_need_const_before_the_declarator() -> None:
    source = """\
const int limit = 8;
static const double ratio = 0.5;
int const answer = 42;
char *const root = "/";
char *name = "ring";
int sizes[] = {1, 2};
"""
    found = entities("k.c", source)
    assert [(e.kind, e.name) for e in found.values()] == [
        ("const", "limit"),
        ("const", "ratio"),
        ("const", "answer"),
        ("const", "root"),
        ("variable", "name"),
        ("variable", "sizes"),
    ]


def test_c_typedefs_of_tagged_and_anonymous_bodies_take_the_typedef_name() -> None:
    source = """\
typedef struct node { struct node *next; } node_t;
typedef enum { LOW, HIGH } level_t;
typedef struct node *node_ptr;
typedef int handler_fn(int);
struct node;
"""
    assert extract_outline("n.c", source) == (
        "struct node_t  1-1\nenum level_t  2-2\ntype node_ptr  3-3\ntype handler_fn  4-4\n"
    )


def test_c_a_prototype_and_its_definition_are_two_entities() -> None:
    source = "static int twice(int);\n\nstatic int twice(int x) { return 2 * x; }\n"
    parsed = parse_file(make_source("t.c", source.encode("utf-8")))
    found = [(e.kind, e.name, e.span.start_line, e.ordinal) for e in parsed.entities]
    assert found == [("function", "twice", 1, 0), ("function", "twice", 3, 1)]


def test_c_unknown_macro_misparse_is_not_a_variable() -> None:
    # `static INLINE enum e f(...)` reads as a declaration `INLINE enum;` and then a function.
    source = "static INLINE enum code get_code(const err_t *e) {\n    return e->code;\n}\n"
    assert extract_outline("m.c", source) == "function get_code  1-3\n"
