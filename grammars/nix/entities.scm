; Nix. A file is one expression, usually an attribute set or a function returning one
; (`{ lib, stdenv, ... }: stdenv.mkDerivation { ... }`, a NixOS module, a flake). Entities are
; the bindings `name = value;` of attribute sets and of `let`, wherever they are: the name is
; the attribute path as written (`meta.description`), and a binding inside another binding's
; value nests under it, so that qualified names are the paths Nix would select
; (`src.url` for `src = fetchurl { url = ...; }`, `outputs.packages` in a flake).
;
; Bindings inside a lambda are entities too: in Nix a function is how configuration is
; parameterised (a module, a flake's `outputs`, an overlay, a `callPackage` file), and hiding
; its body would hide most of the file. They nest under the binding that holds the lambda.
;
; Kinds: a binding whose value is a lambda (`mkName = n: ...;`) is a function; any other
; attribute is a field (labelled "attr") and a `let` binding a variable (labelled "let"). Both
; are values, so a binding moved from a `let` into the set (or back) still pairs.
; `inherit x y;` and `inherit (lib) mkIf;` bring existing names in: no value of their own,
; part of their set. When two patterns capture one node, the first wins.

(binding attrpath: (attrpath) @name expression: (function_expression)) @definition.function
(let_expression (binding_set (binding attrpath: (attrpath) @name) @definition.variable))
(binding attrpath: (attrpath) @name) @definition.field
