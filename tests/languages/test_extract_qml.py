"""QML: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# A component in the style of Kirigami's and Qt Quick Controls' QML files: imports, typed,
# aliased, readonly and required properties, a signal, an enum, functions, signal handlers
# (one attached), an inline component, objects with ids holding their own members, and
# objects without an id.
SOURCE = """\
import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2

// A card with a header and an action button.
Item {
    id: root

    property string title
    property alias subtitle: subtitleLabel.text
    readonly property bool busy: pending > 0
    required property var model
    property int pending: 0

    signal activated(int index)

    enum Size { Small, Large }

    component Badge: Rectangle {
        property int count
        radius: height / 2
    }

    function reset() {
        pending = 0
        activated(-1)
    }

    implicitHeight: header.implicitHeight
    onActivated: index => console.log(index)
    Component.onCompleted: reset()

    Column {
        QQC2.Label {
            id: header
            text: root.title
            function elide(text) { return text.substring(0, 20) }
        }
        QQC2.Label {
            id: subtitleLabel
            onLinkActivated: link => Qt.openUrlExternally(link)
        }
        Rectangle {
            property color accent: "red"
            function flash() { color = accent }
        }
    }
}
"""


def test_qml_outline() -> None:
    # The root Item is the file itself; the Column and the Rectangle have no id: their lines
    # and members belong to the object around them.
    assert (
        extract_outline("Card.qml", SOURCE)
        == """\
property title  8-8
property subtitle  9-9
property busy  10-10
property model  11-11
property pending  12-12
property activated  14-14
enum Size  16-16
class Badge  18-21
  property Badge.count  19-19
method reset  23-26
method onActivated  29-29
method Component.onCompleted  30-30
object header  33-37
  method header.elide  36-36
object subtitleLabel  38-41
  method subtitleLabel.onLinkActivated  40-40
"""
    )


def test_qml_words_shown() -> None:
    found = entities("Card.qml", SOURCE)
    qml = spec_by_name("qml")
    words = {name: found[name].label or qml.label(found[name].kind) for name in found}
    assert words["title"] == words["busy"] == "property"
    assert words["activated"] == "signal"
    assert words["reset"] == "function"
    assert words["onActivated"] == words["Component.onCompleted"] == "handler"
    assert words["header"] == "QQC2.Label"
    assert words["Badge"] == "component"


def test_qml_bindings_and_anonymous_objects_are_not_entities() -> None:
    found = entities("Card.qml", SOURCE)
    for name in ("implicitHeight", "text", "radius", "accent", "flash", "Column", "id"):
        assert not any(key.split(".")[-1] == name for key in found), name
