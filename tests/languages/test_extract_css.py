"""CSS: source → outline. Rule sets are rules named by their selectors; at-rules holding rule
sets are sections named by their condition and shown with their keyword."""

from __future__ import annotations

from semdiff.languages import detect_language, spec_by_name
from tests.support import entities, extract_outline

# Modelled on Bootstrap's dist/css/bootstrap.css and animate.css's sources.
SOURCE = """\
@charset "UTF-8";
@import url("print.css") print;

/* Close button */
.btn-close,
.btn-close:hover > svg {
  color: var(--bs-btn-close-color);
  opacity: 0.5;
}

@media (min-width: 576px) {
  .container, .container-sm {
    max-width: 540px;
  }
}

@media print, (prefers-reduced-motion: reduce) {
  .animated { animation-duration: 1ms !important; }
}

@supports (position: sticky) {
  .sticky-top { position: sticky; }
}

@keyframes spin {
  from { transform: rotate(0deg); }
  50% { transform: rotate(180deg); }
  to { transform: rotate(360deg); }
}

@font-face {
  font-family: "Glyphs";
  src: url("glyphs.woff2") format("woff2");
}

@layer base {
  :root { --bs-blue: #0d6efd; }
}
"""


def test_css_outline() -> None:
    assert (
        extract_outline("bootstrap.css", SOURCE)
        == """\
rule .btn-close, .btn-close:hover > svg  4-9
section (min-width: 576px)  11-15
  rule (min-width: 576px) .container, .container-sm  12-14
section print, (prefers-reduced-motion: reduce)  17-19
  rule print, (prefers-reduced-motion: reduce) .animated  18-18
section (position: sticky)  21-23
  rule (position: sticky) .sticky-top  22-22
section spin  25-29
  rule spin from  26-26
  rule spin 50%  27-27
  rule spin to  28-28
rule @font-face  31-34
section base  36-38
  rule base :root  37-37
"""
    )


def test_css_sections_show_their_at_keyword() -> None:
    found = entities("bootstrap.css", SOURCE)
    assert found["(min-width: 576px)"].label == "@media"
    assert found["(position: sticky)"].label == "@supports"
    assert found["spin"].label == "@keyframes"
    assert found["base"].label == "@layer"


def test_css_declarations_are_lines_of_their_rule() -> None:
    found = entities("bootstrap.css", SOURCE)
    assert not any("opacity" in name or "--bs" in name for name in found)
    assert not any(entity.has_errors for entity in found.values())


def test_css_spec() -> None:
    assert spec_by_name("css").category == "markup"
    assert detect_language("dist/css/bootstrap.css") == "css"
