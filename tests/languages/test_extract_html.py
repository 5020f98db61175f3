"""HTML: source → outline. An element with an id, else with a name, is an entity named as a
CSS selector names it; other elements are lines of the element or file around them."""

from __future__ import annotations

from semdiff.languages import detect_language, spec_by_name
from tests.support import entities, extract_outline

# Modelled on the pages of the Apache HTTP Server manual and Sphinx's search templates.
SOURCE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>#page-header { color: #fff; }</style>
</head>
<body id="manual-page">
  <!-- Navigation -->
  <div id=page-header>
    <p class="menu"><a href="../mod/index.html">Modules</a></p>
  </div>
  <div class="section">
    <h2 ID="intro">Introduction</h2>
    <form action="search.html" method="get" name="search">
      <input type="text" name="q" aria-labelledby="intro"/>
      <input type="submit" value="Go">
    </form>
  </div>
  <script id="template" type="text/template"><p>{{ name }}</p></script>
</body>
</html>
"""


def test_html_outline() -> None:
    assert (
        extract_outline("index.html", SOURCE)
        == """\
element meta[name=viewport]  5-5
element body#manual-page  8-21
  element body#manual-page div#page-header  9-12
  element body#manual-page h2#intro  14-14
  element body#manual-page form[name=search]  15-18
    element body#manual-page form[name=search] input[name=q]  16-16
  element body#manual-page script#template  20-20
"""
    )


def test_html_an_id_value_is_the_name_proper() -> None:
    found = entities("index.html", SOURCE)
    header = found["body#manual-page div#page-header"]
    assert header.name == "div#page-header"
    # The id is masked in the fingerprint, as a name is: a new id is a rename, not an edit.
    tokens = header.fingerprint.tokens
    assert "page-header" not in tokens
    assert '"menu"' in tokens


def test_html_spec() -> None:
    assert spec_by_name("html").category == "markup"
    assert detect_language("manual/index.html") == "html"
    assert detect_language("page.xhtml") == "html"
