"""Java properties: source → outline. Every property is a key, named by its key as written;
properties files are flat."""

from __future__ import annotations

from semdiff.languages import detect_language, spec_by_name
from tests.support import entities, extract_outline

# Modelled on Tomcat's conf/logging.properties and a resource bundle.
SOURCE = """\
# Licensed to the Apache Software Foundation (ASF).

handlers = 1catalina.org.apache.juli.AsyncFileHandler, java.util.logging.ConsoleHandler

############################################################
# Handler specific properties.
############################################################
1catalina.org.apache.juli.AsyncFileHandler.level = FINE
1catalina.org.apache.juli.AsyncFileHandler.prefix:catalina.
! A continued value.
catalina.usage=usage: java org.apache.catalina.startup.Catalina \\
    [ -config {pathname} ] { -help | start | stop }
key\\ with\\ spaces = value
standalone
#org.apache.jasper.compiler.TldLocationsCache.level = FINE
"""


def test_properties_outline() -> None:
    assert (
        extract_outline("logging.properties", SOURCE)
        == """\
key handlers  3-3
key 1catalina.org.apache.juli.AsyncFileHandler.level  5-8
key 1catalina.org.apache.juli.AsyncFileHandler.prefix  9-9
key catalina.usage  10-12
key key\\ with\\ spaces  13-13
key standalone  14-14
"""
    )


def test_properties_a_value_is_one_token() -> None:
    found = entities("LocalStrings.properties", SOURCE)
    tokens = found["catalina.usage"].fingerprint.tokens
    assert any(token.endswith("{ -help | start | stop }") for token in tokens)
    assert not any("continued" in token for token in tokens)


def test_properties_keys_are_flat() -> None:
    found = entities("logging.properties", SOURCE)
    assert all(entity.parent is None for entity in found.values())


def test_properties_spec() -> None:
    assert spec_by_name("properties").category == "data"
    assert detect_language("LocalStrings_fr.properties") == "properties"
