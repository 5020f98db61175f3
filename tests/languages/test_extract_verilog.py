"""Verilog and SystemVerilog: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

# A SystemVerilog design in the style of an RTL repository: a macro, a package with a typedef,
# a parameter, a function and a class; an interface; a Verilog-2001 module with parameters, a
# function and a task, nets and an always block; and a Verilog-95 cell with a non-ANSI header
# and an escaped name, as Yosys writes its simulation models.
SOURCE = """\
`define DATA_W 32

package bus_pkg;
  typedef enum logic [1:0] {IDLE, BUSY, DONE} state_t;
  typedef struct packed { logic [7:0] addr; logic [31:0] data; } req_t;
  typedef logic [31:0] word_t;
  parameter int FIFO_DEPTH = 16;

  function automatic int clog2(int value);
    int result = 0;
    while ((1 << result) < value) result++;
    return result;
  endfunction

  class Transaction;
    rand bit [31:0] payload;
    function new();
      payload = 0;
    endfunction
    task automatic send(int delay);
      #delay;
    endtask
  endclass
endpackage

interface bus_if (input logic clk);
  logic valid, ready;
endinterface

// Counts clock edges while enabled.
module counter #(parameter WIDTH = 8) (
  input  wire             clk,
  input  wire             en,
  output reg [WIDTH-1:0]  q
);
  localparam [WIDTH-1:0] ONE = 1;
  wire unused;

  function [WIDTH-1:0] incr;
    input [WIDTH-1:0] value;
    incr = value + ONE;
  endfunction

  task clear;
    q = 0;
  endtask

  always @(posedge clk) if (en) q <= incr(q);
endmodule

module \\$_DFF_P_ (D, C, Q);
  input D, C;
  output reg Q;
  parameter [0:0] INIT = 1'b0;
  always @(posedge C) Q <= D;
endmodule
"""


def test_verilog_outline() -> None:
    # The grammar ends a `define at the start of the line after the next: the blank line
    # after it is its own.
    assert (
        extract_outline("design.sv", SOURCE)
        == """\
macro DATA_W  1-2
namespace bus_pkg  3-24
  enum bus_pkg::state_t  4-4
  struct bus_pkg::req_t  5-5
  type bus_pkg::word_t  6-6
  const bus_pkg::FIFO_DEPTH  7-7
  function bus_pkg::clog2  9-13
  class bus_pkg::Transaction  15-23
    field bus_pkg::Transaction::payload  16-16
    constructor bus_pkg::Transaction::new  17-19
    method bus_pkg::Transaction::send  20-22
interface bus_if  26-28
class counter  30-49
  const counter::ONE  36-36
  function counter::incr  39-42
  function counter::clear  44-46
class \\$_DFF_P_  51-56
  const \\$_DFF_P_::INIT  54-54
"""
    )


def test_verilog_words_shown() -> None:
    found = entities("design.sv", SOURCE)
    words = {name: found[name].label for name in found}
    assert words["counter"] == "module"
    assert words["bus_pkg::Transaction"] == "class"
    assert words["counter::clear"] == "task"
    assert words["counter::incr"] == "function"
    assert words["bus_pkg::Transaction::send"] == "task"
    assert words["counter::ONE"] == "localparam"
    assert words["bus_pkg::FIFO_DEPTH"] == "parameter"


def test_verilog_nets_header_parameters_and_locals_are_not_entities() -> None:
    found = entities("design.sv", SOURCE)
    for name in ("counter::WIDTH", "counter::unused", "counter::q", "bus_if::valid"):
        assert name not in found, name
    assert not any(name.endswith(("result", "value")) for name in found)


def test_verilog_v_files_are_verilog() -> None:
    assert extract_outline("cells.v", "module buf1(input a, output y);\nendmodule\n") == (
        "class buf1  1-2\n"
    )
