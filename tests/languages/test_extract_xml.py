"""XML: source → outline. Every element is an entity, named by its tag, or by its tag and its
`id` or `name` attribute as XPath writes them; the path of tags is the qualified name."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.languages import detect_language, spec_by_name
from semdiff.sources import make_source
from tests.support import entities, extract_outline

# Modelled on jackson-core's pom.xml (Debian's libjackson2-core-java), with an Ant target and
# an Android view mixed in for their attributes.
SOURCE = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" name="Jackson-core">
  <modelVersion>4.0.0</modelVersion>
  <artifactId>jackson-core</artifactId>
  <properties>
    <!-- Generate PackageVersion.java into this directory. -->
    <packageVersion.dir>com/fasterxml/jackson/core/json</packageVersion.dir>
    <version.android.sdk>26</version.android.sdk>
  </properties>
  <dependencies>
    <dependency>
      <groupId>junit</groupId>
      <scope>test</scope>
    </dependency>
    <dependency><groupId>org.assertj</groupId></dependency>
  </dependencies>
  <target name="dist" depends="jar">
    <jar destfile="dist/app.jar"/>
  </target>
  <Button android:id="@+id/ok" android:text="OK"/>
  <xsl:template match="para"><p/></xsl:template>
</project>
"""


def test_xml_outline() -> None:
    assert (
        extract_outline("pom.xml", SOURCE)
        == """\
element project  2-22
  element project/modelVersion  3-3
  element project/artifactId  4-4
  element project/properties  5-9
    element project/properties/packageVersion.dir  6-7
    element project/properties/version.android.sdk  8-8
  element project/dependencies  10-16
    element project/dependencies/dependency  11-14
      element project/dependencies/dependency/groupId  12-12
      element project/dependencies/dependency/scope  13-13
    element project/dependencies/dependency  15-15
      element project/dependencies/dependency/groupId  15-15
  element project/target[@name="dist"]  17-19
    element project/target[@name="dist"]/jar  18-18
  element project/Button[@android:id="@+id/ok"]  20-20
  element project/xsl:template[@match="para"]  21-21
    element project/xsl:template[@match="para"]/p  21-21
"""
    )


def test_xml_repeated_elements_are_told_apart_by_ordinals() -> None:
    parsed = parse_file(make_source("pom.xml", SOURCE.encode()))
    found = [
        (e.qualified_name, e.ordinal)
        for e in parsed.entities
        if e.qualified_name == "project/dependencies/dependency"
    ]
    assert found == [("project/dependencies/dependency", 0), ("project/dependencies/dependency", 1)]


def test_xml_id_comes_before_name() -> None:
    source = (
        '<layout>\n  <View android:name="v" android:id="@+id/main"/>\n'
        '  <a name="x" id="y"/>\n</layout>\n'
    )
    assert extract_outline("activity_main.xml", source) == (
        "element layout  1-4\n"
        '  element layout/View[@android:id="@+id/main"]  2-2\n'
        '  element layout/a[@id="y"]  3-3\n'
    )


def test_xml_identifying_value_is_the_name() -> None:
    """The attribute's value is what a rename changes; the tag stays part of the code."""
    found = entities("build.xml", SOURCE)
    target = found['project/target[@name="dist"]']
    assert target.name == 'target[@name="dist"]'
    assert '"dist"' not in target.fingerprint.tokens


def test_xml_root_is_named_by_its_tag_only() -> None:
    # An Ant project's name is a title: it would start every path.
    assert "project" in entities("build.xml", SOURCE)


def test_xml_comments_are_not_code() -> None:
    found = entities("pom.xml", SOURCE)
    documented = found["project/properties/packageVersion.dir"]
    assert not any("PackageVersion" in token for token in documented.fingerprint.tokens)


def test_xml_comments_attach_only_when_directly_above() -> None:
    """Across the line break between them, which the grammar keeps as a text node."""
    source = """\
<properties>
  <!-- for Reproducible Builds -->
  <project.build.outputTimestamp>2022-11-21T23:35:22Z</project.build.outputTimestamp>

  <!-- Detached by a blank line. -->

  <version.android.sdk>26</version.android.sdk>
  <a/> <!-- After an element, on its line. -->
  <b/>
</properties>
"""
    assert extract_outline("pom.xml", source) == (
        "element properties  1-10\n"
        "  element properties/project.build.outputTimestamp  2-3\n"
        "  element properties/version.android.sdk  7-7\n"
        "  element properties/a  8-8\n"
        "  element properties/b  9-9\n"
    )


def test_xml_indentation_of_text_is_layout() -> None:
    """The whitespace around text between tags is layout (`text_nodes`): an element indented
    anew keeps its body; its text stripped is one token, and whitespace alone is none."""
    inner = "<a>\n  <plugin>\n    <id>x  y</id>\n  </plugin>\n</a>\n"
    outer = "<a>\n<plugin>\n<id>\n  x  y\n</id>\n</plugin>\n</a>\n"
    before, after = entities("pom.xml", inner), entities("pom.xml", outer)
    assert before["a/plugin"].fingerprint.body_hash == after["a/plugin"].fingerprint.body_hash
    assert "x  y" in before["a/plugin/id"].fingerprint.tokens
    assert not any(not token.strip() for token in before["a"].fingerprint.tokens)


def test_xml_spec() -> None:
    assert spec_by_name("xml").category == "data"
    for path in ("pom.xml", "schema.xsd", "docbook.xsl", "icon.svg", "App.csproj", "Web.config"):
        assert detect_language(path) == "xml", path
