"""Ruby: source → outline."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

SOURCE = """\
# frozen_string_literal: true

require "set"

# Rack's entry point.
module Rack
  VERSION = "3.0"
  DEFAULT_OPTIONS ||= {}.freeze

  # A point on a request's path.
  Point = Struct.new(:x, :y) do
    def distance
      Math.sqrt(x * x + y * y)
    end
  end

  Error = Class.new(StandardError)

  module Utils
    def self.escape(s)
      s
    end

    # Escapes a query component.
    def escape(s)
      Utils.escape(s)
    end

    class << self
      def unescape(s) = s
      private def secret; end
    end

    if RUBY_VERSION >= "3"
      def modern; end
    else
      def modern; end
    end

    private def helper
      def inner; end
      [1].each { def in_block; end }
    end
  end

  class Request < Base
    def initialize(env)
      @env = env
    end

    def ==(other) = other.env == env

    def name=(value)
      @name = value
    end
  end
end

class Rack::Response
  def finish; end
end

module A::B::C
  LIMIT = 1
end

def helper(x)
  x
end
"""


def test_ruby_outline() -> None:
    assert (
        extract_outline("rack.rb", SOURCE)
        == """\
namespace Rack  5-57
  const Rack::VERSION  7-7
  const Rack::DEFAULT_OPTIONS  8-8
  struct Rack::Point  10-15
    method Rack::Point::distance  12-14
  class Rack::Error  17-17
  namespace Rack::Utils  19-44
    method Rack::Utils::self.escape  20-22
    method Rack::Utils::escape  24-27
    method Rack::Utils::self.unescape  30-30
    method Rack::Utils::self.secret  31-31
    method Rack::Utils::modern  35-35
    method Rack::Utils::modern  37-37
    method Rack::Utils::helper  40-43
  class Rack::Request  46-56
    method Rack::Request::initialize  47-49
    method Rack::Request::==  51-51
    method Rack::Request::name=  53-55
  class Rack::Response  59-61
    method Rack::Response::finish  60-60
namespace A::B::C  63-65
  const A::B::C::LIMIT  64-64
function helper  67-69
"""
    )


def test_ruby_singleton_and_instance_methods_of_one_name_are_two_entities() -> None:
    found = entities("rack.rb", SOURCE)
    singleton, instance = found["Rack::Utils::self.escape"], found["Rack::Utils::escape"]
    assert singleton.key != instance.key
    assert singleton.kind == instance.kind == "method"
    assert singleton.name == "self.escape"
    # `def Utils.escape` names its receiver as written.
    assert (
        "Utils.build"
        in entities("u.rb", "module Utils\n  def Utils.build; end\nend\n")[
            "Utils::Utils.build"
        ].qualified_name
    )


def test_ruby_class_written_with_a_scope_nests_under_the_module_it_names() -> None:
    found = entities("rack.rb", SOURCE)
    assert found["Rack::Response"].parent == found["Rack"].key
    assert found["Rack::Response::finish"].parent == found["Rack::Response"].key
    # Without the module in the file, the scope still names the class.
    alone = entities("response.rb", "class Rack::Response\n  def finish; end\nend\n")
    assert alone["Rack::Response"].parent is None
    assert "Rack::Response::finish" in alone


def test_ruby_methods_in_method_bodies_and_blocks_are_not_entities() -> None:
    found = entities("rack.rb", SOURCE)
    assert not any(name.endswith(("::inner", "::in_block")) for name in found)
    assert found["Rack::Utils::helper"].span.last_line == 43


def test_ruby_modifier_before_def_belongs_to_the_method() -> None:
    found = entities("x.rb", "class A\n  private def secret\n    1\n  end\nend\n")
    secret = found["A::secret"]
    assert (secret.span.start_line, secret.span.start_col) == (2, 2)


def test_ruby_comments_attach_only_when_directly_above() -> None:
    source = """\
class A
  # Detached: a blank line follows.

  def a; end
  # Doc of b.
  # Second line.
  def b; end
end
"""
    assert extract_outline("a.rb", source) == (
        "class A  1-8\n  method A::a  4-4\n  method A::b  5-7\n"
    )


def test_ruby_constants_of_method_bodies_do_not_exist() -> None:
    # A constant cannot be assigned in a method body; a local variable is no entity.
    source = "class A\n  LIMIT = 3\n  def run\n    count = LIMIT\n  end\nend\n"
    assert extract_outline("a.rb", source) == (
        "class A  1-6\n  const A::LIMIT  2-2\n  method A::run  3-5\n"
    )


def test_ruby_heredoc_is_one_token() -> None:
    old = entities("a.rb", "def f\n  <<~TXT\n    one two\n  TXT\nend\n")["f"].fingerprint
    new = entities("a.rb", "def f\n  <<~TXT\n    one three\n  TXT\nend\n")["f"].fingerprint
    assert old.own_code_hash != new.own_code_hash
    assert len(old.tokens) == len(new.tokens)


def test_ruby_file_names() -> None:
    for name in ("Rakefile", "Gemfile", "app.gemspec", "config.ru", "tasks/db.rake", "a.rb"):
        assert detect_language(name) == "ruby", name


def test_ruby_script_without_extension_is_known_by_its_interpreter() -> None:
    assert detect_language("bin/console", b"#!/usr/bin/env ruby\nputs 1\n") == "ruby"
