from tests.support import extract_outline

SOURCE = """\
syntax = "proto3";

package acme.shop.v1;

import "google/protobuf/timestamp.proto";

option go_package = "example.com/acme/shop/v1;shopv1";

// An order placed by a customer.
message Order {
  // Lifecycle of an order.
  enum Status {
    STATUS_UNSPECIFIED = 0;
    STATUS_OPEN = 1;
  }

  message Line {
    string sku = 1;
    int32 quantity = 2;
  }

  string id = 1;
  repeated Line lines = 2;
  Status status = 3;
  map<string, string> labels = 4;
  oneof payment {
    string card_token = 5;
    string invoice_id = 6;
  }
  google.protobuf.Timestamp created_at = 7;
  reserved 8, 9;
}

enum Currency {
  CURRENCY_UNSPECIFIED = 0;
  CURRENCY_EUR = 1;
}

// Places and reads orders.
service OrderService {
  // Places an order.
  rpc PlaceOrder(PlaceOrderRequest) returns (Order) {
    option deprecated = true;
  }
  rpc ListOrders(ListOrdersRequest) returns (stream Order);
}

message PlaceOrderRequest { Order order = 1; }
message ListOrdersRequest { int32 page_size = 1; }

extend google.protobuf.MessageOptions {
  string my_option = 51234;
}
"""


def test_proto_outline() -> None:
    assert (
        extract_outline("shop.proto", SOURCE)
        == """\
struct Order  9-32
  enum Order.Status  11-15
  struct Order.Line  17-20
  union Order.payment  26-29
enum Currency  34-37
interface OrderService  39-46
  method OrderService.PlaceOrder  41-44
  method OrderService.ListOrders  45-45
struct PlaceOrderRequest  48-48
struct ListOrdersRequest  49-49
impl google.protobuf.MessageOptions  51-53
"""
    )


def test_proto_fields_and_values_are_lines_of_their_message() -> None:
    source = """\
message Point {
  int32 x = 1;
  int32 y = 2;
  map<string, int32> tags = 3;
}
enum Axis {
  AXIS_UNSPECIFIED = 0;
  AXIS_X = 1;
}
"""
    assert (
        extract_outline("p.proto", source)
        == """\
struct Point  1-5
enum Axis  6-9
"""
    )


def test_proto_deep_nesting_and_nested_extend() -> None:
    source = """\
syntax = "proto2";
message A {
  message B {
    message C {
      optional int32 x = 1;
    }
    extend Base {
      optional B b_ext = 100;
    }
  }
}
"""
    assert (
        extract_outline("n.proto", source)
        == """\
struct A  2-11
  struct A.B  3-10
    struct A.B.C  4-6
    impl A.B.Base  7-9
"""
    )


def test_proto_comments_attach_only_when_directly_above() -> None:
    source = """\
// Copyright header: not part of Empty.

message Empty {}

/* Block doc of Ping,
   on two lines. */
service Ping {
  rpc Ping(Empty) returns (Empty);

  // Doc of Pong.
  rpc Pong(Empty) returns (Empty) {}
}
"""
    assert (
        extract_outline("c.proto", source)
        == """\
struct Empty  3-3
interface Ping  5-12
  method Ping.Ping  8-8
  method Ping.Pong  10-11
"""
    )


def test_proto_editions_file() -> None:
    source = """\
edition = "2023";

package x.y;

message A {
  int32 b = 1 [features.field_presence = EXPLICIT];
}
"""
    assert (
        extract_outline("ed.proto", source)
        == """\
struct A  5-7
"""
    )
