"""Elixir: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = '''\
defmodule Shop.Cart do
  @moduledoc """
  A shopping cart.
  """

  alias Shop.Item

  @type t :: %__MODULE__{items: [Item.t()]}

  defstruct items: [], owner: nil

  @doc "An empty cart."
  @spec new(String.t()) :: t
  def new(owner), do: %__MODULE__{owner: owner}

  # The total of a list of items, in cents.
  def total(%__MODULE__{items: items}), do: total(items)

  def total(items) when is_list(items) do
    Enum.reduce(items, 0, fn item, sum -> sum + item.price * item.quantity end)
  end

  defp discount(total) when total > 10_000, do: div(total, 10)
  defp discount(_total), do: 0

  defmacro empty?(cart) do
    quote do
      def generated, do: :ok
      unquote(cart).items == []
    end
  end

  defguard is_cart(value) when is_struct(value, __MODULE__)

  defdelegate count(list), to: Enum

  defmodule Line do
    defstruct [:item, :quantity]

    def subtotal(%Line{item: item, quantity: q}), do: item.price * q
  end
end

defprotocol Shop.Priced do
  @doc "The price in cents."
  def price(item)
end

defimpl Shop.Priced, for: Shop.Cart do
  def price(cart), do: Shop.Cart.total(cart)
end

defmodule Shop.CartTest do
  use ExUnit.Case

  test "a new cart is empty" do
    assert Shop.Cart.new("ann").items == []
  end

  describe "total/1" do
    test "sums the items" do
      assert Shop.Cart.total([]) == 0
    end
  end
end
'''


def test_elixir_outline() -> None:
    assert (
        extract_outline("cart.ex", SOURCE)
        == """\
namespace Shop.Cart  1-42
  struct Shop.Cart.defstruct  10-10
  function Shop.Cart.new/1  12-14
  function Shop.Cart.total/1  16-21
  function Shop.Cart.discount/1  23-24
  macro Shop.Cart.empty?/1  26-31
  macro Shop.Cart.is_cart/1  33-33
  function Shop.Cart.count/1  35-35
  namespace Shop.Cart.Line  37-41
    struct Shop.Cart.Line.defstruct  38-38
    function Shop.Cart.Line.subtotal/1  40-40
protocol Shop.Priced  44-47
  function Shop.Priced.price/1  45-46
impl Shop.Priced.Shop.Cart  49-51
  function Shop.Priced.Shop.Cart.price/1  50-50
namespace Shop.CartTest  53-65
  test Shop.CartTest.a new cart is empty  56-58
  test Shop.CartTest.total/1 sums the items  61-63
"""
    )


def test_elixir_clauses_are_one_function() -> None:
    found = entities("cart.ex", SOURCE)
    total = found["Shop.Cart.total/1"]
    assert (total.span.start_line, total.span.last_line) == (16, 21)
    assert found["Shop.Cart.discount/1"].span.start_line == 23


def test_elixir_three_clauses_are_one_function() -> None:
    source = """\
defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end
"""
    assert extract_outline("fib.ex", source) == "namespace Fib  1-5\n  function Fib.fib/1  2-4\n"


def test_elixir_doc_and_spec_belong_to_the_function_below() -> None:
    source = """\
defmodule M do
  @doc "Detached: a blank line separates it."

  def a, do: 1
  @doc "Doc of b."
  @spec b() :: integer
  def b, do: 2
  @impl true
  def c, do: 3
end
"""
    assert extract_outline("m.ex", source) == (
        "namespace M  1-10\n  function M.a/0  4-4\n  function M.b/0  5-7\n  function M.c/0  8-9\n"
    )


def test_elixir_defs_in_quote_and_functions_are_not_entities() -> None:
    source = """\
defmodule Gen do
  defmacro __using__(_opts) do
    quote do
      def injected, do: :ok
    end
  end

  def run do
    Enum.map([1], fn x -> x end)
  end
end
"""
    assert extract_outline("gen.ex", source) == (
        "namespace Gen  1-11\n  macro Gen.__using__/1  2-6\n  function Gen.run/0  8-10\n"
    )


def test_elixir_guards_and_bodiless_heads() -> None:
    source = """\
defmodule Guard do
  def size(list \\\\ [])
  def size(list), do: length(list)

  def positive?(n) when is_integer(n) and n > 0, do: true
  def zero, do: 0
end
"""
    assert extract_outline("guard.ex", source) == (
        "namespace Guard  1-7\n  function Guard.size/1  2-3\n"
        "  function Guard.positive?/1  5-5\n  function Guard.zero/0  6-6\n"
    )


def test_elixir_impl_inside_its_module_has_no_for() -> None:
    source = """\
defmodule Money do
  defstruct [:cents]

  defimpl String.Chars do
    def to_string(money), do: "#{money.cents}"
  end
end
"""
    assert extract_outline("money.ex", source) == (
        "namespace Money  1-7\n  struct Money.defstruct  2-2\n"
        "  impl Money.String.Chars  4-6\n    function Money.String.Chars.to_string/1  5-5\n"
    )
