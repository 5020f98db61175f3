"""VHDL: source → outline."""

from __future__ import annotations

from semdiff.languages import spec_by_name
from tests.support import entities, extract_outline

# A design in the style of VUnit's and GHDL's sources: a package of types, constants, a global
# signal, overloaded functions and a protected type, with its package body; an entity with its
# architecture (a constant, a component, a local function, signals, a process and instances);
# and a configuration binding the architecture.
SOURCE = """\
library ieee;
use ieee.std_logic_1164.all;
use ieee.numeric_std.all;

package fifo_pkg is
  type state_t is (idle, busy, done);
  type req_t is record
    addr : unsigned(7 downto 0);
    data : std_logic_vector(31 downto 0);
  end record;
  subtype word_t is std_logic_vector(31 downto 0);
  constant fifo_depth, fifo_width : positive := 16;
  signal global_reset : std_logic := '0';

  function log2(value : positive) return natural;
  function "+" (l : req_t; r : natural) return req_t;
  procedure wait_cycles(signal clk : in std_logic; n : natural);

  type counter_t is protected
    procedure increment(by : natural := 1);
    impure function get return natural;
  end protected;
end package fifo_pkg;

package body fifo_pkg is
  function log2(value : positive) return natural is
    variable result : natural := 0;
  begin
    while 2 ** result < value loop
      result := result + 1;
    end loop;
    return result;
  end function;

  function "+" (l : req_t; r : natural) return req_t is
  begin
    return (addr => l.addr + r, data => l.data);
  end function;

  procedure wait_cycles(signal clk : in std_logic; n : natural) is
  begin
    for i in 1 to n loop
      wait until rising_edge(clk);
    end loop;
  end procedure;

  type counter_t is protected body
    variable count : natural := 0;
    procedure increment(by : natural := 1) is
    begin
      count := count + by;
    end procedure;
    impure function get return natural is
    begin
      return count;
    end function;
  end protected body;
end package body fifo_pkg;

library ieee;
use ieee.std_logic_1164.all;
use work.fifo_pkg.all;

-- A FIFO of words.
entity fifo is
  generic (depth : positive := fifo_depth);
  port (
    clk   : in  std_logic;
    din   : in  word_t;
    dout  : out word_t
  );
end entity fifo;

architecture rtl of fifo is
  constant addr_width : natural := log2(depth);
  signal wr_ptr, rd_ptr : unsigned(addr_width - 1 downto 0);

  component ram is
    port (clk : in std_logic; addr : in unsigned; d : in word_t; q : out word_t);
  end component;

  function next_ptr(ptr : unsigned) return unsigned is
  begin
    return ptr + 1;
  end function;
begin
  write : process (clk)
    variable pending : boolean;
  begin
    if rising_edge(clk) then
      wr_ptr <= next_ptr(wr_ptr);
    end if;
  end process write;

  mem : ram port map (clk => clk, addr => wr_ptr, d => din, q => dout);
end architecture rtl;

configuration fifo_cfg of fifo is
  for rtl
  end for;
end configuration fifo_cfg;
"""


def test_vhdl_outline() -> None:
    # An architecture and a configuration are written after their entity but name it: they
    # are its children, listed after the entity's own lines. The package body's subprograms
    # repeat the package's declarations: one name, two entities.
    # The comment above the entity is part of it.
    assert (
        extract_outline("fifo.vhd", SOURCE)
        == """\
namespace fifo_pkg  5-23
  enum fifo_pkg.state_t  6-6
  record fifo_pkg.req_t  7-10
  type fifo_pkg.word_t  11-11
  const fifo_pkg.fifo_depth  12-12
  variable fifo_pkg.global_reset  13-13
  function fifo_pkg.log2(positive, return natural)  15-15
  function fifo_pkg."+"(req_t, natural, return req_t)  16-16
  function fifo_pkg.wait_cycles(std_logic, natural)  17-17
  class fifo_pkg.counter_t  19-22
    method fifo_pkg.counter_t.increment(natural)  20-20
    method fifo_pkg.counter_t.get(return natural)  21-21
impl fifo_pkg  25-58
  function fifo_pkg.log2(positive, return natural)  26-33
  function fifo_pkg."+"(req_t, natural, return req_t)  35-38
  function fifo_pkg.wait_cycles(std_logic, natural)  40-45
  impl fifo_pkg.counter_t  47-57
    method fifo_pkg.counter_t.increment(natural)  49-52
    method fifo_pkg.counter_t.get(return natural)  53-56
class fifo  64-72
  impl fifo.rtl  74-96
    const fifo.rtl.addr_width  75-75
    interface fifo.rtl.ram  78-80
    function fifo.rtl.next_ptr(unsigned, return unsigned)  82-85
  impl fifo.fifo_cfg  98-101
"""
    )


def test_vhdl_words_shown() -> None:
    found = entities("fifo.vhd", SOURCE)
    vhdl = spec_by_name("vhdl")
    words = {name: found[name].label or vhdl.label(found[name].kind) for name in found}
    assert words["fifo"] == "entity"
    assert words["fifo.rtl"] == "architecture"
    assert words["fifo.fifo_cfg"] == "configuration"
    assert words["fifo.rtl.ram"] == "component"
    assert words["fifo_pkg.wait_cycles"] == "procedure"
    assert words["fifo_pkg.log2"] == "function"
    assert words["fifo_pkg.fifo_depth"] == "constant"
    assert words["fifo_pkg.global_reset"] == "signal"
    assert words["fifo_pkg.word_t"] == "subtype"


def test_vhdl_ports_signals_processes_and_locals_are_not_entities() -> None:
    found = entities("fifo.vhd", SOURCE)
    for name in ("depth", "clk", "din", "wr_ptr", "rd_ptr", "write", "mem", "pending"):
        assert not any(key.split(".")[-1] == name for key in found), name
    assert not any(key.endswith(("result", "count")) for key in found)


def test_vhdl_protected_type_and_package_bodies() -> None:
    # Keyed by qualified name: of a declaration and its body, the body comes later and wins.
    found = entities("fifo.vhd", SOURCE)
    assert (found["fifo_pkg"].kind, found["fifo_pkg"].label) == ("impl", "body")
    assert (found["fifo_pkg.counter_t"].kind, found["fifo_pkg.counter_t"].label) == ("impl", "body")
    declaration = entities("fifo.vhd", SOURCE.split("package body", 1)[0])["fifo_pkg.counter_t"]
    assert (declaration.kind, declaration.label) == ("class", "protected")


def test_vhdl_vhd_and_vhdl_files_are_vhdl() -> None:
    source = "entity nand2 is\n  port (a, b : in bit; y : out bit);\nend entity;\n"
    assert extract_outline("nand2.vhdl", source) == extract_outline("nand2.vhd", source)
    assert extract_outline("nand2.vhd", source) == "class nand2  1-3\n"
