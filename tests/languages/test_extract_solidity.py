"""Solidity: source → outline."""

from __future__ import annotations

from semdiff.extract import parse_file
from semdiff.sources import make_source
from tests.support import entities, extract_outline

SOURCE = """\
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "./IERC20.sol";

/// @dev Basis points in one whole.
uint256 constant BPS = 10_000;

type Price is uint128;

error Unauthorized(address caller);

struct Fee {
    address recipient;
    uint16 bps;
}

enum Side { Buy, Sell }

/// @notice Fee owed on `amount`.
function feeOf(uint256 amount, Fee memory fee) pure returns (uint256) {
    return amount * fee.bps / BPS;
}

/// @title What a market exposes.
interface IMarket {
    event Traded(address indexed trader, Side side, uint256 amount);

    function trade(Side side, uint256 amount) external returns (uint256);
}

library PriceMath {
    function mul(Price p, uint256 amount) internal pure returns (uint256) {
        return uint256(Price.unwrap(p)) * amount;
    }
}

/**
 * @title A market with a fixed price.
 */
contract Market is IMarket {
    using PriceMath for Price;

    struct Order {
        address trader;
        uint256 amount;
    }

    enum State { Open, Closed }

    event Closed(uint256 at);
    event Closed(uint256 at, string reason);

    error MarketClosed();

    uint256 public constant MAX_AMOUNT = 1e24;
    address public immutable owner;
    Price public price;
    State private _state;
    mapping(address => Order[]) private _orders;

    modifier onlyOwner() {
        if (msg.sender != owner) revert Unauthorized(msg.sender);
        _;
    }

    constructor(Price price_) {
        owner = msg.sender;
        price = price_;
    }

    /// @inheritdoc IMarket
    function trade(Side side, uint256 amount) external returns (uint256 cost) {
        if (_state == State.Closed) revert MarketClosed();
        uint256 local = price.mul(amount);
        _orders[msg.sender].push(Order(msg.sender, amount));
        emit Traded(msg.sender, side, amount);
        return local;
    }

    function close() external onlyOwner {
        _state = State.Closed;
        emit Closed(block.timestamp);
    }

    function close(string calldata reason) external onlyOwner {
        _state = State.Closed;
        emit Closed(block.timestamp, reason);
    }

    receive() external payable {}

    fallback() external {
        revert MarketClosed();
    }
}

abstract contract Pausable {
    function paused() public view virtual returns (bool);
}
"""


def test_solidity_outline() -> None:
    assert (
        extract_outline("Market.sol", SOURCE)
        == """\
const BPS  6-7
type Price  9-9
object Unauthorized  11-11
struct Fee  13-16
enum Side  18-18
function feeOf(uint256, Fee)  20-23
interface IMarket  25-30
  record IMarket.Traded(address, Side, uint256)  27-27
  method IMarket.trade(Side, uint256)  29-29
namespace PriceMath  32-36
  method PriceMath.mul(Price, uint256)  33-35
class Market  38-96
  struct Market.Order  44-47
  enum Market.State  49-49
  record Market.Closed(uint256)  51-51
  record Market.Closed(uint256, string)  52-52
  object Market.MarketClosed  54-54
  const Market.MAX_AMOUNT  56-56
  field Market.owner  57-57
  field Market.price  58-58
  field Market._state  59-59
  field Market._orders  60-60
  macro Market.onlyOwner  62-65
  constructor Market.constructor  67-70
  method Market.trade(Side, uint256)  72-79
  method Market.close  81-84
  method Market.close(string)  86-89
  method Market.receive  91-91
  method Market.fallback  93-95
class Pausable  98-100
  method Pausable.paused  99-99
"""
    )


def test_solidity_members_nest_under_their_contract() -> None:
    found = entities("Market.sol", SOURCE)
    assert found["Market.trade"].parent == found["Market"].key
    assert found["PriceMath.mul"].parent == found["PriceMath"].key
    assert found["IMarket.Traded"].parent == found["IMarket"].key
    assert found["feeOf"].parent is None


def test_solidity_overloads_are_told_apart_by_parameter_types() -> None:
    source = """\
contract Token {
    function safeMint(address to) public {}
    function safeMint(address to, bytes memory data) public {}
    function safeMint(address to, /* ids */ uint256[] calldata ids) public {}
}
"""
    parsed = parse_file(make_source("Token.sol", source.encode()))
    overloads = [e.overload for e in parsed.entities if e.name == "safeMint"]
    assert overloads == ["address", "address, bytes", "address, uint256[]"]


def test_solidity_parameter_names_and_locations_are_not_part_of_the_overload() -> None:
    old = "contract C {\n    function f(bytes memory data) public {}\n}\n"
    new = "contract C {\n    function f(bytes calldata payload) public {}\n}\n"
    assert entities("C.sol", old)["C.f"].key == entities("C.sol", new)["C.f"].key


def test_solidity_natspec_attaches_only_when_directly_above() -> None:
    source = """\
contract C {
    /// Detached: a blank line separates it.

    function a() public {}
    function b() public {} // trailing: not b's, not c's
    /// @notice Doc of c,
    /// on two lines.
    function c() public {}
    /**
     * @dev Block doc of d.
     */
    function d() public {}
}
"""
    assert extract_outline("C.sol", source) == (
        "class C  1-13\n"
        "  method C.a  4-4\n"
        "  method C.b  5-5\n"
        "  method C.c  6-8\n"
        "  method C.d  9-12\n"
    )


def test_solidity_locals_are_part_of_their_function() -> None:
    source = """\
contract C {
    function run(uint256 n) public pure returns (uint256 total) {
        uint256 i;
        for (uint256 j = 0; j < n; ++j) {
            uint256 step = j * 2;
            total += step;
        }
        return total + i;
    }
}
"""
    assert extract_outline("C.sol", source) == "class C  1-10\n  method C.run(uint256)  2-9\n"


def test_solidity_a_parameter_edit_is_a_signature_change() -> None:
    old = "contract C {\n    function f(uint256 a) public {\n        a;\n    }\n}\n"
    new = "contract C {\n    function f(uint256 a) external {\n        a;\n    }\n}\n"
    before, after = entities("C.sol", old)["C.f"], entities("C.sol", new)["C.f"]
    assert before.fingerprint.header_hash != after.fingerprint.header_hash
    assert before.fingerprint.own_body_hash == after.fingerprint.own_body_hash
