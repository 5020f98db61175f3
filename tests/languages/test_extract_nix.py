"""Nix: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
# A NixOS module that packages and runs a small web service.
{ config, lib, pkgs, ... }:

let
  cfg = config.services.pastebin;

  # The package, built from the pinned release.
  package = pkgs.buildGoModule rec {
    pname = "pastebin";
    version = "1.4.0";
    src = pkgs.fetchFromGitHub {
      owner = "example";
      repo = pname;
      rev = "v${version}";
      hash = lib.fakeHash;
    };
    vendorHash = null;
    meta.mainProgram = "pastebin";
  };

  /** Flags for the daemon, one per option. */
  mkFlags = settings: lib.mapAttrsToList (name: value: "--${name}=${toString value}") settings;

  inherit (lib) mkIf mkOption types;
in
{
  options.services.pastebin = {
    enable = lib.mkEnableOption "the pastebin service";
    port = mkOption {
      type = types.port;
      default = 8080;
    };
  };

  config = mkIf cfg.enable {
    systemd.services.pastebin = {
      wantedBy = [ "multi-user.target" ];
      serviceConfig.ExecStart = lib.escapeShellArgs ([ (lib.getExe package) ] ++ mkFlags {
        inherit (cfg) port;
      });
    };
    "networking.firewall".allowedTCPPorts = [ cfg.port ];
  };
}
"""


def test_nix_outline() -> None:
    assert (
        extract_outline("pastebin.nix", SOURCE)
        == """\
variable cfg  5-5
variable package  7-19
  field package.pname  9-9
  field package.version  10-10
  field package.src  11-16
    field package.src.owner  12-12
    field package.src.repo  13-13
    field package.src.rev  14-14
    field package.src.hash  15-15
  field package.vendorHash  17-17
  field package.meta.mainProgram  18-18
function mkFlags  21-22
field options.services.pastebin  27-33
  field options.services.pastebin.enable  28-28
  field options.services.pastebin.port  29-32
    field options.services.pastebin.port.type  30-30
    field options.services.pastebin.port.default  31-31
field config  35-43
  field config.systemd.services.pastebin  36-41
    field config.systemd.services.pastebin.wantedBy  37-37
    field config.systemd.services.pastebin.serviceConfig.ExecStart  38-40
  field config."networking.firewall".allowedTCPPorts  42-42
"""
    )


def test_nix_attribute_paths_nest_like_attribute_sets() -> None:
    found = entities("pastebin.nix", SOURCE)
    # `meta.mainProgram = ...;` is one binding, named by its whole path.
    assert found["package.meta.mainProgram"].name == "meta.mainProgram"
    assert found["package.meta.mainProgram"].parent == found["package"].key
    assert found["package.src.owner"].parent == found["package.src"].key
    assert found["cfg"].parent is None


def test_nix_kinds_follow_the_value_and_the_binding_place() -> None:
    source = """\
let
  version = "2.0";
  greet = name: "hello ${name}";
  pick = { a, b ? 1, ... }@args: a + b;
in
{
  inherit version;
  name = "demo-${version}";
  override = f: f version;
  greeting = greet "nix";
}
"""
    found = entities("demo.nix", source)
    assert [(e.kind, name) for name, e in found.items()] == [
        ("variable", "version"),
        ("function", "greet"),
        ("function", "pick"),
        ("field", "name"),
        ("function", "override"),
        ("field", "greeting"),
    ]


def test_nix_inherit_is_part_of_its_set() -> None:
    source = "{ lib }:\n{\n  inherit (lib) mkIf;\n  inherit lib;\n  x = 1;\n}\n"
    assert extract_outline("inherit.nix", source) == "field x  5-5\n"


def test_nix_bindings_in_a_function_body_nest_under_it() -> None:
    # A lambda is how Nix parameterises configuration: the attributes it returns are entities.
    source = """\
{
  mkUser = name: {
    isNormalUser = true;
    home = "/home/${name}";
  };
}
"""
    assert extract_outline("users.nix", source) == (
        "function mkUser  2-5\n  field mkUser.isNormalUser  3-3\n  field mkUser.home  4-4\n"
    )


def test_nix_comments_attach_only_when_directly_above() -> None:
    source = """\
{
  first = 1;
  # Detached: a blank line separates it.

  a = 1;
  b = 2; # trailing: not b's, not c's
  # About c,
  # on two lines.
  c = 3;
  /* Block comment about d. */
  d = 4;
}
"""
    assert extract_outline("comments.nix", source) == (
        "field first  2-2\nfield a  5-5\nfield b  6-6\nfield c  7-9\nfield d  10-11\n"
    )


def test_nix_a_comment_above_the_first_binding_is_its_own() -> None:
    # The grammar puts it before the `binding_set` node, which starts at the first binding.
    source = "{\n  # About a.\n  a = 1;\n  # About b.\n  b = 2;\n}\n"
    assert extract_outline("first.nix", source) == "field a  2-3\nfield b  4-5\n"


def test_nix_quoted_and_interpolated_names_keep_their_text() -> None:
    source = '{\n  "foo-bar" = 1;\n  ${name} = 2;\n  a."b.c".d = 3;\n}\n'
    assert list(entities("names.nix", source)) == ['"foo-bar"', "${name}", 'a."b.c".d']
