"""TSX: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import extract_outline

SOURCE = """\
import React, { useState } from "react";

export interface ButtonProps {
  label: string;
  onClick?: () => void;
}

type Variant = "primary" | "ghost";

enum Size {
  Small,
  Large,
}

const THEME = { primary: "#0af" };

/** A button. */
export const Button = ({ label, onClick }: ButtonProps) => {
  const [pressed, setPressed] = useState(false);
  const handle = () => {
    setPressed(true);
    onClick?.();
  };
  return <button className={pressed ? "down" : "up"} onClick={handle}>{label}</button>;
};

export function List<T,>({ items }: { items: T[] }): JSX.Element {
  return <ul>{items.map((item, i) => <li key={i}>{String(item)}</li>)}</ul>;
}

export const Memo = React.memo(Button);

export default class Counter extends React.Component<{}, { count: number }> {
  state = { count: 0 };

  increment = () => this.setState({ count: this.state.count + 1 });

  render() {
    return <div onClick={this.increment}>{this.state.count}</div>;
  }
}
"""


def test_tsx_outline() -> None:
    assert (
        extract_outline("button.tsx", SOURCE)
        == """\
interface ButtonProps  3-6
type Variant  8-8
enum Size  10-13
const THEME  15-15
function Button  17-25
function List  27-29
const Memo  31-31
class Counter  33-41
  method Counter.increment  36-36
  method Counter.render  38-40
"""
    )


def test_tsx_shares_the_typescript_query_and_family() -> None:
    tsx, typescript = spec_by_name("tsx"), spec_by_name("typescript")
    assert tsx.query_path == typescript.query_path
    assert tsx.family == typescript.family == spec_by_name("javascript").family == "javascript"


def test_tsx_namespaces_and_overloads() -> None:
    source = (
        "export namespace Icons {\n"
        "  export const Star = () => <svg />;\n"
        "}\n"
        "export function icon(name: string): JSX.Element;\n"
        "export function icon(name: string, size: number): JSX.Element;\n"
        "export function icon(name: string, size = 16) {\n"
        "  return <i data-name={name} data-size={size} />;\n"
        "}\n"
    )
    assert (
        extract_outline("icons.tsx", source)
        == """\
namespace Icons  1-3
  function Icons.Star  2-2
function icon(string)  4-4
function icon(string, number)  5-5
function icon  6-8
"""
    )


def test_tsx_component_tests() -> None:
    source = """\
import { render, screen } from "@testing-library/react";
import { Badge } from "./Badge";

describe("<Badge />", () => {
  it("shows the count", () => {
    render(<Badge count={3} />);
    expect(screen.getByText("3")).toBeInTheDocument();
  });
});
"""
    assert (
        extract_outline("Badge.test.tsx", source)
        == """\
test <Badge />  4-9
  test <Badge />.shows the count  5-8
"""
    )
