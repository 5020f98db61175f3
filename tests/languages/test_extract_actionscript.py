"""ActionScript: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

# In the style of Apache Royale's framework classes and RoyaleUnit tests: a package with a
# documented class (a constant, fields, the constructor, a getter and setter pair, an
# overriding method with a local function), a package-level function and an interface; and a
# test class whose [Test] functions are tests.
SOURCE = """\
package org.example.beads
{
    import org.apache.royale.core.IBead;

    /**
     *  Counts clicks on its strand.
     */
    public class ClickCounter extends EventDispatcher implements IBead
    {
        public static const CHANGED:String = "countChanged";
        private var _count:int = 0;
        protected var strand:IStrand;

        public function ClickCounter(start:int = 0)
        {
            super();
            _count = start;
        }

        public function get count():int
        {
            return _count;
        }

        public function set count(value:int):void
        {
            _count = value;
            dispatchEvent(new Event(CHANGED));
        }

        override public function addedToParent():void
        {
            var listener:Function = function(e:Event):void { count++; };
            function reset():void { count = 0; }
            strand.addEventListener("click", listener);
        }
    }
}
"""

INTERFACE = """\
package org.example.beads
{
    public interface ICounter
    {
        function get count():int;
        function increment(by:int):void;
    }
}
"""

TEST = """\
package flexUnitTests
{
    public class CounterTest
    {
        [Before]
        public function setUp():void
        {
        }

        [Test]
        public function testIncrement():void
        {
            assertEquals(1, new ClickCounter(1).count);
        }
    }
}
"""


def test_actionscript_outline() -> None:
    # The ASDoc above the class is part of it.
    assert (
        extract_outline("ClickCounter.as", SOURCE)
        == """\
namespace org.example.beads  1-38
  class org.example.beads.ClickCounter  5-37
    const org.example.beads.ClickCounter.CHANGED  10-10
    field org.example.beads.ClickCounter._count  11-11
    field org.example.beads.ClickCounter.strand  12-12
    constructor org.example.beads.ClickCounter.ClickCounter  14-18
    property org.example.beads.ClickCounter.get count  20-23
    property org.example.beads.ClickCounter.set count  25-29
    method org.example.beads.ClickCounter.addedToParent  31-36
"""
    )


def test_actionscript_interface_members() -> None:
    assert (
        extract_outline("ICounter.as", INTERFACE)
        == """\
namespace org.example.beads  1-8
  interface org.example.beads.ICounter  3-7
    property org.example.beads.ICounter.get count  5-5
    method org.example.beads.ICounter.increment  6-6
"""
    )


def test_actionscript_tagged_functions_are_tests() -> None:
    found = entities("CounterTest.as", TEST)
    assert found["flexUnitTests.CounterTest.testIncrement"].kind == "test"
    assert found["flexUnitTests.CounterTest.setUp"].kind == "method"


def test_actionscript_locals_are_not_entities() -> None:
    found = entities("ClickCounter.as", SOURCE)
    assert not any(name.endswith(("listener", "reset")) for name in found)
