; When two patterns capture one node, the first pattern wins: specific shapes come first.
; tsx/entities.scm is this file, for the TSX grammar: keep the two identical.
; Bindings are named by bare identifiers; destructuring (`const {a, b} = x`) names nothing, and
; `const x = require("x")` is an import, not a definition.

; ---- Signatures without a body: overloads (`function f(a: string): string;`, `move(d: number):
; void;` in a class), ambient declarations and abstract methods. Each is its own entity, told
; apart from the others of its name by its parameter types (`@overload`; `get` / `set` for
; accessors); an implementation has none. The parameter list is matched as one repetition between "(" and ")" (commas and comments
; included): a bare `(required_parameter)*` makes tree-sitter report one match per parameter.
; An untyped parameter adds no type.
(function_signature
  name: (identifier) @name
  parameters: (formal_parameters
    "("
    [(required_parameter type: (type_annotation (_) @overload))
     (optional_parameter type: (type_annotation (_) @overload))
     (required_parameter !type) (optional_parameter !type) (comment) ","]*
    ")")) @definition.function
(class_body
  (method_signature
    name: (_) @name
    parameters: (formal_parameters
      "("
      [(required_parameter type: (type_annotation (_) @overload))
       (optional_parameter type: (type_annotation (_) @overload))
       (required_parameter !type) (optional_parameter !type) (comment) ","]*
      ")")) @definition.method)
(class_body
  (abstract_method_signature "get" @overload name: (_) @name) @definition.method)
(class_body
  (abstract_method_signature "set" @overload name: (_) @name) @definition.method)
(class_body
  (abstract_method_signature
    name: (_) @name
    parameters: (formal_parameters
      "("
      [(required_parameter type: (type_annotation (_) @overload))
       (optional_parameter type: (type_annotation (_) @overload))
       (required_parameter !type) (optional_parameter !type) (comment) ","]*
      ")")) @definition.method)

; ---- Methods: members of a class body, static, private (`#name`), getters and setters. A getter
; and its setter share the property's name: `get` / `set` tells them apart, as an overload.
(class_body
  (method_definition "get" @overload name: (_) @name) @definition.method)
(class_body
  (method_definition "set" @overload name: (_) @name) @definition.method)
(class_body
  (method_definition name: (_) @name) @definition.method)
; `handleClick = () => {...}`: a field holding a function is a method.
(class_body
  (public_field_definition
    name: (_) @name
    value: [(arrow_function) (function_expression) (generator_function)]) @definition.method)

; ---- Functions, classes and types, at any depth.
(function_declaration name: (identifier) @name) @definition.function
(generator_function_declaration name: (identifier) @name) @definition.function
(class_declaration name: (type_identifier) @name) @definition.class
(abstract_class_declaration name: (type_identifier) @name) @definition.class
(interface_declaration name: (type_identifier) @name) @definition.interface
(type_alias_declaration name: (type_identifier) @name) @definition.type
(enum_declaration name: (identifier) @name) @definition.enum
; `namespace A.B {}`, `module Legacy {}`, `declare module "pkg" {}`, `declare global {}`.
(internal_module name: (_) @name) @definition.namespace
(module name: (_) @name) @definition.namespace
(ambient_declaration "global" @name (statement_block)) @definition.namespace

; `export default function () {}`, `export default () => ...`, `export default class {}`:
; named `default`, as importers see them.
(export_statement
  "default" @name
  value: [(function_expression) (arrow_function) (generator_function)] @definition.function)
(export_statement "default" @name value: (class) @definition.class)

; ---- Top-level bindings, plain, exported or declared. A declaration of one binding is the entity,
; keyword and all: `const f = () => ...` is a function, `const C = class {}` a class, `const LIMIT =
; 10` a const, `let state = {}` or `var x` a variable.
([(program
    [(lexical_declaration
       . (variable_declarator
           name: (identifier) @name
           value: [(arrow_function) (function_expression) (generator_function)]) .)
     (variable_declaration
       . (variable_declarator
           name: (identifier) @name
           value: [(arrow_function) (function_expression) (generator_function)]) .)] @definition.function)
  (export_statement
    declaration: [
      (lexical_declaration
        . (variable_declarator
            name: (identifier) @name
            value: [(arrow_function) (function_expression) (generator_function)]) .)
      (variable_declaration
        . (variable_declarator
            name: (identifier) @name
            value: [(arrow_function) (function_expression) (generator_function)]) .)] @definition.function)])

([(program
    (lexical_declaration
      . (variable_declarator name: (identifier) @name value: (class)) .) @definition.class)
  (export_statement
    declaration: (lexical_declaration
      . (variable_declarator name: (identifier) @name value: (class)) .) @definition.class)])

([(program
    (lexical_declaration
      kind: "const"
      . (variable_declarator name: (identifier) @name value: (_)? @_value) .) @definition.const)
  (export_statement
    declaration: (lexical_declaration
      kind: "const"
      . (variable_declarator name: (identifier) @name value: (_)? @_value) .) @definition.const)
  ; `declare const VERSION: string;`
  (ambient_declaration
    (lexical_declaration
      kind: "const"
      . (variable_declarator name: (identifier) @name value: (_)? @_value) .) @definition.const)]
  (#not-match? @_value "^require[ \t]*\\("))

([(program
    [(lexical_declaration
       . (variable_declarator name: (identifier) @name value: (_)? @_value) .)
     (variable_declaration
       . (variable_declarator name: (identifier) @name value: (_)? @_value) .)] @definition.variable)
  (export_statement
    declaration: [
      (lexical_declaration
        . (variable_declarator name: (identifier) @name value: (_)? @_value) .)
      (variable_declaration
        . (variable_declarator name: (identifier) @name value: (_)? @_value) .)] @definition.variable)
  (ambient_declaration
    [(lexical_declaration
       . (variable_declarator name: (identifier) @name value: (_)? @_value) .)
     (variable_declaration
       . (variable_declarator name: (identifier) @name value: (_)? @_value) .)] @definition.variable)]
  (#not-match? @_value "^require[ \t]*\\("))

; A declaration of several bindings (`const A = 1, B = 2;`): each binding is an entity (those
; before a comma, and those after one).
([(program
    (lexical_declaration
      kind: "const" (variable_declarator name: (identifier) @name) @definition.const ","))
  (program
    (lexical_declaration
      kind: "const" "," (variable_declarator name: (identifier) @name) @definition.const))
  (export_statement
    declaration: (lexical_declaration
      kind: "const" (variable_declarator name: (identifier) @name) @definition.const ","))
  (export_statement
    declaration: (lexical_declaration
      kind: "const" "," (variable_declarator name: (identifier) @name) @definition.const))])
([(program
    [(lexical_declaration (variable_declarator name: (identifier) @name) @definition.variable ",")
     (lexical_declaration "," (variable_declarator name: (identifier) @name) @definition.variable)
     (variable_declaration (variable_declarator name: (identifier) @name) @definition.variable ",")
     (variable_declaration "," (variable_declarator name: (identifier) @name) @definition.variable)])
  (export_statement
    declaration: [
      (lexical_declaration (variable_declarator name: (identifier) @name) @definition.variable ",")
      (lexical_declaration "," (variable_declarator name: (identifier) @name) @definition.variable)
      (variable_declaration (variable_declarator name: (identifier) @name) @definition.variable ",")
      (variable_declaration "," (variable_declarator name: (identifier) @name) @definition.variable)])])

; CommonJS and prototype assignments at top level: `exports.handler = async (event) => ...`,
; `Widget.prototype.render = function () {...}`, named by what they assign to.
(program
  (expression_statement
    (assignment_expression
      left: (member_expression) @name
      right: [(arrow_function) (function_expression) (generator_function)])) @definition.function)
