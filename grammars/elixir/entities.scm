; Elixir (elixir-lang/tree-sitter-elixir). Every definition is a call: `def f(x) do ... end`
; is (call target: (identifier "def") (arguments (call target: (identifier "f") ...))).
; Modules (defmodule, defprotocol, defimpl) are entities wherever they are written; the
; definitions of a module only directly in its `do` block, so that a `def` inside a
; `quote do ... end` (a macro's body) or inside a function stays part of that function.
; A function of several clauses (`def f(0)`, `def f(n)`) matches once per clause; join_adjacent
; (language.toml) makes them one entity.

; Modules: `defmodule Shapes.Circle do ... end`, protocols and implementations, wherever
; written (a module defined in a test is a module).
((call
   target: (identifier) @_head
   (arguments . (alias) @name)
   (do_block)) @definition.namespace
 (#eq? @_head "defmodule"))

((call
   target: (identifier) @_head
   (arguments . (alias) @name)
   (do_block)) @definition.protocol
 (#eq? @_head "defprotocol"))

; `defimpl Size, for: BitString` is the module `Size.BitString`; inside the module it
; implements for, `defimpl Size do` is just `Size`.
((call
   target: (identifier) @_head
   (arguments
     . (alias) @name
     (keywords (pair key: (keyword) @_for value: (alias) @name.for)))
   (do_block)) @definition.impl
 (#eq? @_head "defimpl")
 (#match? @_for "^for:"))
((call
   target: (identifier) @_head
   (arguments . (alias) @name)
   (do_block)) @definition.impl
 (#eq? @_head "defimpl"))

; Functions: `def f(x)`, `def f(x) when ...`, `def f, do: ...`, `defp`, and the bodiless head
; of a protocol function or of a function with default arguments (`def f(x \\ 1)`).
; `defdelegate` defines a function that calls another module's. Arity is part of the name, as
; Elixir writes it (`f/2`; `def f, do: ...` is `f/0`): f/1 and f/2 are two functions, even
; side by side.
((call
   target: (identifier) @_module
   (do_block
     (call
       target: (identifier) @_head
       (arguments
         .
         [(call target: (identifier) @name (arguments)? @arity)
          (identifier) @name @arity
          (binary_operator
            left: [(call target: (identifier) @name (arguments)? @arity) (identifier) @name @arity]
            operator: "when")])) @definition.function))
 (#any-of? @_module "defmodule" "defprotocol" "defimpl")
 (#any-of? @_head "def" "defp" "defdelegate"))

; Macros and guards (a guard is a macro usable in `when`).
((call
   target: (identifier) @_module
   (do_block
     (call
       target: (identifier) @_head
       (arguments
         .
         [(call target: (identifier) @name (arguments)? @arity)
          (identifier) @name @arity
          (binary_operator
            left: [(call target: (identifier) @name (arguments)? @arity) (identifier) @name @arity]
            operator: "when")])) @definition.macro))
 (#any-of? @_module "defmodule" "defprotocol" "defimpl")
 (#any-of? @_head "defmacro" "defmacrop" "defguard" "defguardp"))

; `defstruct [...]` and `defexception [...]` make the module a struct; they have no name of
; their own and are named by their keyword (one per module).
((call
   target: (identifier) @_module
   (do_block
     (call target: (identifier) @name) @definition.struct))
 (#eq? @_module "defmodule")
 (#any-of? @name "defstruct" "defexception"))

; ExUnit tests: `test "adds" do`, named as ExUnit names them ("describe test" in a describe).
((call
   target: (identifier) @_describe
   (arguments . (string (quoted_content) @name.describe))
   (do_block
     (call
       target: (identifier) @_head
       (arguments . (string (quoted_content) @name))
       (do_block)) @definition.test))
 (#eq? @_describe "describe")
 (#eq? @_head "test"))
((call
   target: (identifier) @_module
   (do_block
     (call
       target: (identifier) @_head
       (arguments . (string (quoted_content) @name))
       (do_block)) @definition.test))
 (#eq? @_module "defmodule")
 (#eq? @_head "test"))

; `@moduledoc`, `@doc` and `@typedoc` texts are compared as comments.
((unary_operator
   operator: "@"
   operand: (call
     target: (identifier) @_attribute
     (arguments . [(string) (sigil)] @doc)))
 (#any-of? @_attribute "moduledoc" "doc" "typedoc"))
