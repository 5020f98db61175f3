; Ruby. Entities are the definitions a class body holds: modules, classes, methods (instance
; and singleton), constants. A `def` is an entity where it defines a method of a module or
; class: directly in the file, in a `class`/`module`/`class << self` body, behind a modifier
; (`private def x`), in an `if`/`unless` at that level (a method defined per Ruby version), or
; in the block of a constant's `Struct.new`/`Class.new`/`Data.define`. A `def` inside a method
; body or in any other block (`included do`, RSpec's `describe do`) is part of what holds it.
;
; When two patterns capture one node, the first wins: singleton methods come before instance
; methods, Struct/Class constants before plain constants.

; `class << self` bodies: their methods are singleton methods, named after the receiver
; (`self.m`) as if written `def self.m`.
(singleton_class
  value: (_) @name.object
  body: (body_statement
    [(method name: (_) @name) @definition.method
     (call arguments: (argument_list (method name: (_) @name) @definition.method))]))

; Class and module bodies are matched as any node with a constant name, a body and no
; parameters (a class or a module): one pattern compiles faster than an alternation of two.
; A method named like a constant without parameters (`def A1`) matches too; a `def` or a
; constant inside one is rare (and a constant there is a syntax error).

; `def self.m`, `def Utils.m`: named `self.m`, `Utils.m`.
(_
  !parameters
  name: [(constant) (scope_resolution)]
  body: (body_statement
    [(singleton_method object: (_) @name.object name: (_) @name) @definition.method
     (call arguments: (argument_list
       (singleton_method object: (_) @name.object name: (_) @name) @definition.method))
     (if [consequence: (then (singleton_method object: (_) @name.object name: (_) @name) @definition.method)
          alternative: (else (singleton_method object: (_) @name.object name: (_) @name) @definition.method)])
     (unless [consequence: (then (singleton_method object: (_) @name.object name: (_) @name) @definition.method)
              alternative: (else (singleton_method object: (_) @name.object name: (_) @name) @definition.method)])]))

; Instance methods.
(_
  !parameters
  name: [(constant) (scope_resolution)]
  body: (body_statement
    [(method name: (_) @name) @definition.method
     (call arguments: (argument_list (method name: (_) @name) @definition.method))
     (if [consequence: (then (method name: (_) @name) @definition.method)
          alternative: (else (method name: (_) @name) @definition.method)])
     (unless [consequence: (then (method name: (_) @name) @definition.method)
              alternative: (else (method name: (_) @name) @definition.method)])]))

; Methods in the block of `Point = Struct.new(:x, :y) do ... end` (and `Class.new`): methods
; of the class that constant names.
(assignment
  left: (constant)
  right: (call
    block: [(do_block body: (body_statement
              [(method name: (_) @name) @definition.method
               (singleton_method object: (_) @name.object name: (_) @name) @definition.method]))
            (block body: (block_body
              [(method name: (_) @name) @definition.method
               (singleton_method object: (_) @name.object name: (_) @name) @definition.method]))]))

; A `def` in the file itself defines a private method of Object: a function of the script.
(program
  [(method name: (_) @name) @definition.function
   (singleton_method object: (_) @name.object name: (_) @name) @definition.function
   (call arguments: (argument_list (method name: (_) @name) @definition.function))])

; Modules and classes, nested ones included. `class Rack::Request` is written outside the
; module it belongs to: the path before the last `::` is its scope, so it is `Rack::Request`
; and nests under `Rack` when the file defines it.
(module name: (constant) @name) @definition.namespace
(module name: (scope_resolution scope: (_) @scope name: (constant) @name)) @definition.namespace
(module name: (scope_resolution !scope name: (constant) @name)) @definition.namespace
(class name: (constant) @name) @definition.class
(class name: (scope_resolution scope: (_) @scope name: (constant) @name)) @definition.class
(class name: (scope_resolution !scope name: (constant) @name)) @definition.class

; `Point = Struct.new(:x, :y)` and `Data.define` make value classes, `Class.new(Base)` a
; class: the constant is that class.
([(program (assignment
    left: (constant) @name
    right: (call receiver: (constant) @_maker method: (identifier) @_new)) @definition.struct)
  (body_statement (assignment
    left: (constant) @name
    right: (call receiver: (constant) @_maker method: (identifier) @_new)) @definition.struct)]
  (#any-of? @_maker "Struct" "Data")
  (#any-of? @_new "new" "define"))
([(program (assignment
    left: (constant) @name
    right: (call receiver: (constant) @_maker method: (identifier) @_new)) @definition.class)
  (body_statement (assignment
    left: (constant) @name
    right: (call receiver: (constant) @_maker method: (identifier) @_new)) @definition.class)]
  (#eq? @_maker "Class")
  (#eq? @_new "new"))

; Constants: `VERSION = "3.0"`, `DEFAULT ||= {}` in the file or in a class or module body
; (a constant cannot be assigned in a method body).
(program
  [(assignment left: (constant) @name)
   (operator_assignment left: (constant) @name)] @definition.const)
(_
  !parameters
  name: [(constant) (scope_resolution)]
  body: (body_statement
    [(assignment left: (constant) @name)
     (operator_assignment left: (constant) @name)] @definition.const))
