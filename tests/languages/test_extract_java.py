"""Java: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import FIXTURES, cli, extract_outline, load_json

SOURCE = """\
package com.example.shapes;

import java.util.List;

/**
 * A shape with an area.
 */
@FunctionalInterface
public interface Shape {
    int SIDES = 0;

    double area();
}

/** Colours a shape can have. */
enum Colour {
    RED("#f00"),
    GREEN("#0f0") {
        @Override
        String css() { return "green"; }
    };

    private final String hex;

    Colour(String hex) {
        this.hex = hex;
    }

    String css() {
        return hex;
    }
}

record Point(double x, double y) {
    Point {
        if (Double.isNaN(x) || Double.isNaN(y)) throw new IllegalArgumentException();
    }

    Point(double both) {
        this(both, both);
    }
}

@interface Cached {
    String key() default "";
    int TTL = 60;
}

class Canvas {
    // Shapes drawn so far.
    private final List<Shape> shapes = new java.util.ArrayList<>();
    int width, height;

    Canvas() {
    }

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Draws one shape. */
    @SuppressWarnings("unchecked")
    void draw(Shape shape) {
        shapes.add(shape);
    }

    void draw(Shape shape, Colour colour) {
        draw(shape);
    }

    void draw(Shape... many) {
        for (Shape shape : many) draw(shape);
    }

    void draw(List<? extends Shape> many) {
        Runnable job = new Runnable() {
            public void run() { many.forEach(shape -> draw(shape)); }
        };
        job.run();
    }

    static class Layer {
        interface Listener {
            void changed(Layer layer);
        }
    }
}
"""


def test_java_outline() -> None:
    assert (
        extract_outline("Shapes.java", SOURCE)
        == """\
interface Shape  5-13
  const Shape.SIDES  10-10
  method Shape.area  12-12
enum Colour  15-32
  const Colour.RED  17-17
  const Colour.GREEN  18-21
    method Colour.GREEN.css  19-20
  field Colour.hex  23-23
  constructor Colour.Colour(String)  25-27
  method Colour.css  29-31
record Point  34-42
  constructor Point.Point  35-37
  constructor Point.Point(double)  39-41
interface Cached  44-47
  method Cached.key  45-45
  const Cached.TTL  46-46
class Canvas  49-88
  field Canvas.shapes  50-51
  field Canvas.width  52-52
  constructor Canvas.Canvas  54-55
  constructor Canvas.Canvas(int, int)  57-60
  method Canvas.draw(Shape)  62-66
  method Canvas.draw(Shape, Colour)  68-70
  method Canvas.draw(Shape...)  72-74
  method Canvas.draw(List<? extends Shape>)  76-81
    class Canvas.draw.Runnable  77-79
      method Canvas.draw.Runnable.run  78-78
  class Canvas.Layer  83-87
    interface Canvas.Layer.Listener  84-86
      method Canvas.Layer.Listener.changed(Layer)  85-85
"""
    )


def test_java_overloads_are_told_apart_by_parameter_types_only() -> None:
    source = """\
class Parser {
    Node parse(String text) { return null; }
    Node parse(final java.io.Reader in, @Nullable Map<String, List<Integer>> opts) { return 0; }
    Node parse(String... texts) { return null; }
    Node parse(int[] codes) { return null; }
    Node parse(int codes[], char end) { return null; }
    Node parse() { return null; }
    Node parse(Parser this, long offset) { return null; }
}
"""
    assert (
        extract_outline("Parser.java", source)
        == """\
class Parser  1-9
  method Parser.parse(String)  2-2
  method Parser.parse(java.io.Reader, Map<String, List<Integer>>)  3-3
  method Parser.parse(String...)  4-4
  method Parser.parse(int[])  5-5
  method Parser.parse(int, [], char)  6-6
  method Parser.parse  7-7
  method Parser.parse(long)  8-8
"""
    )


def test_java_parameter_names_and_modifiers_are_not_part_of_the_key() -> None:
    before = extract_outline("A.java", "class A {\n    void f(int count) {}\n}\n")
    after = extract_outline("A.java", "class A {\n    void f(final @Positive int total) {}\n}\n")
    assert before == after == "class A  1-3\n  method A.f(int)  2-2\n"


def test_java_parameters_split_by_comments_are_one_signature() -> None:
    source = "class A {\n    void f(int a, /* name */ String b, // why\n           long c) {}\n}\n"
    outline = extract_outline("A.java", source)
    assert outline == "class A  1-4\n  method A.f(int, String, long)  2-3\n"


def test_java_comments_directly_above_belong_to_the_member() -> None:
    source = """\
class A {
    int x; // trails x, not part of y

    // Unrelated note, separated by a blank line.

    /**
     * Javadoc of y.
     */
    // and a line comment
    @Deprecated
    int y() { return x; }
}
"""
    outline = extract_outline("A.java", source)
    assert outline == "class A  1-12\n  field A.x  2-2\n  method A.y  6-11\n"


def test_java_anonymous_classes_are_classes_named_after_their_type() -> None:
    source = """\
class Scheduler {
    private final Comparator<Job> byDeadline = new Comparator<Job>() {
        @Override
        public int compare(Job a, Job b) { return a.deadline.compareTo(b.deadline); }
    };

    static {
        Registry.register(new Plugin() {
            public String name() { return "scheduler"; }
        });
    }

    void start(Executor executor) {
        class Retry {
            void again() {}
        }
        Runnable tick = () -> executor.execute(this::poll);
        executor.execute(new Runnable() {
            private int runs;

            @Override
            public void run() {
                runs++;
                timer.schedule(new java.util.TimerTask() {
                    public void run() { poll(); }
                }, 1000);
            }
        });
        Type jobs = new TypeToken<List<Job>>() {}.getType();
        Map<String, Integer> limits = new HashMap<String, Integer>() {{ put("cpu", 4); }};
        listeners.add(new Map.Entry<String, Job>() {
            public String getKey() { return "next"; }
        });
    }
}
"""
    assert (
        extract_outline("Scheduler.java", source)
        == """\
class Scheduler  1-35
  field Scheduler.byDeadline  2-5
    class Scheduler.byDeadline.Comparator  2-5
      method Scheduler.byDeadline.Comparator.compare(Job, Job)  3-4
  class Scheduler.Plugin  8-10
    method Scheduler.Plugin.name  9-9
  method Scheduler.start(Executor)  13-34
    class Scheduler.start.Retry  14-16
      method Scheduler.start.Retry.again  15-15
    class Scheduler.start.Runnable  18-28
      field Scheduler.start.Runnable.runs  19-19
      method Scheduler.start.Runnable.run  21-27
        class Scheduler.start.Runnable.run.TimerTask  24-26
          method Scheduler.start.Runnable.run.TimerTask.run  25-25
    class Scheduler.start.Entry  31-33
      method Scheduler.start.Entry.getKey  32-32
"""
    )


def test_java_anonymous_classes_of_one_type_in_one_method_keep_distinct_keys() -> None:
    source = """\
class Buttons {
    void wire(Button ok, Button cancel) {
        ok.onClick(new Listener() {
            public void clicked() { submit(); }
        });
        cancel.onClick(new Listener() {
            public void clicked() { close(); }
        });
    }
}
"""
    found = parse_file(make_source("Buttons.java", source.encode("utf-8"))).entities
    clicked = [e for e in found if e.qualified_name == "Buttons.wire.Listener.clicked"]
    listeners = [e for e in found if e.qualified_name == "Buttons.wire.Listener"]
    assert [e.ordinal for e in listeners] == [0, 1]
    assert [e.ordinal for e in clicked] == [0, 1]
    assert [e.parent for e in clicked] == [e.key for e in listeners]
    assert len({e.key for e in found}) == len(found)


def test_java_enum_constant_bodies_hold_their_members() -> None:
    source = """\
enum Operation {
    PLUS("+") {
        private final int identity = 0;

        @Override
        long apply(long a, long b) { return a + b; }
    },
    TIMES("*") {
        @Override
        long apply(long a, long b) { return a * b; }
    },
    NOOP("");

    abstract long apply(long a, long b);
}
"""
    assert (
        extract_outline("Operation.java", source)
        == """\
enum Operation  1-15
  const Operation.PLUS  2-7
    field Operation.PLUS.identity  3-3
    method Operation.PLUS.apply(long, long)  5-6
  const Operation.TIMES  8-11
    method Operation.TIMES.apply(long, long)  9-10
  const Operation.NOOP  12-12
  method Operation.apply(long, long)  14-14
"""
    )


def test_java_overloads_pair_with_their_own_old_selves() -> None:
    """expect.toml names cannot tell overloads apart: check each pair's overloads here."""
    case = FIXTURES / "java" / "overloads_not_confused"
    document = load_json(cli("old.java", "new.java", "--format", "json", cwd=case).stdout)
    pairs = {
        (entity["old"].get("overload"), entity["new"].get("overload")): sorted(entity["flags"])
        for entity in document["entities"]
        if entity["kind"] == "method"
    }
    assert pairs == {
        ("String", "String"): ["body_changed"],
        ("int", "long"): ["signature_changed"],
    }
