"""LaTeX: source → outline. Sectioning commands are sections, nested by level and named by
their title; macro and environment definitions are macros named by what they define."""

from __future__ import annotations

from semdiff.languages import detect_language, spec_by_name
from tests.support import entities, extract_outline

# Modelled on the LaTeX team's usrguide.tex and the LaTeX News issues.
SOURCE = r"""\documentclass{ltxguide}
\usepackage{amsmath}

% Markup for package names.
\NewDocumentCommand\pkg{m}{\textsf{#1}}
\newcommand{\R}{\mathbb{R}}
\renewcommand\vec[1]{\mathbf{#1}}
\DeclareMathOperator{\tr}{tr}
\newenvironment{proofsketch}{\begin{proof}}{\end{proof}}

\begin{document}
\section{Introduction}\label{sec:intro}
The \pkg{expl3} language.

\subsection*{Motivation}
Why.

\section{Changes to \pkg{tools}}

\subsection{\pkg{array}: Warnings}
Text.

\paragraph{Details} More text.
\end{document}
"""


def test_latex_outline() -> None:
    assert (
        extract_outline("usrguide.tex", SOURCE)
        == r"""macro \pkg  4-5
macro \R  6-6
macro \vec  7-7
macro \tr  8-8
macro proofsketch  9-9
section {Introduction}  12-16
  section {Introduction} > {Motivation}  15-16
section {Changes to \pkg{tools}}  18-23
  section {Changes to \pkg{tools}} > {\pkg{array}: Warnings}  20-23
    section {Changes to \pkg{tools}} > {\pkg{array}: Warnings} > {Details}  23-23
"""
    )


def test_latex_labels_are_the_commands() -> None:
    found = entities("usrguide.tex", SOURCE)
    assert found[r"\pkg"].label == r"\NewDocumentCommand"
    assert found["proofsketch"].label == r"\newenvironment"
    assert found["{Introduction}"].label == r"\section"
    assert found["{Introduction} > {Motivation}"].label == r"\subsection*"


def test_latex_spec() -> None:
    assert spec_by_name("latex").category == "markup"
    assert detect_language("doc/usrguide.tex") == "latex"
    # `.cls` is Apex's too: a class file that starts a line with a command is LaTeX's.
    assert detect_language("ltxguide.cls", b"\\NeedsTeXFormat{LaTeX2e}\n") == "latex"
    assert detect_language("Account.cls", b"public class Account {\n}\n") == "apex"
    assert detect_language("trace.sty") == "latex"
