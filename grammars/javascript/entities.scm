; When two patterns capture one node, the first pattern wins: specific shapes come first.
; Bindings are named by bare identifiers; destructuring (`const {a, b} = x`) names nothing, and
; `const x = require("x")` is an import, not a definition.

; ---- Methods: members of a class body, static, private (`#name`), getters and setters. A getter
; and its setter share the property's name (JavaScript has no overloads to tell them apart by).
(class_body
  (method_definition name: (_) @name) @definition.method)
; `handleClick = () => {...}`: a field holding a function is a method.
(class_body
  (field_definition
    property: (_) @name
    value: [(arrow_function) (function_expression) (generator_function)]) @definition.method)

; ---- Functions and classes, at any depth.
(function_declaration name: (identifier) @name) @definition.function
(generator_function_declaration name: (identifier) @name) @definition.function
(class_declaration name: (identifier) @name) @definition.class

; `export default function () {}`, `export default () => ...`, `export default class {}`:
; named `default`, as importers see them.
(export_statement
  "default" @name
  value: [(function_expression) (arrow_function) (generator_function)] @definition.function)
(export_statement "default" @name value: (class) @definition.class)

; ---- Top-level bindings, plain or exported. A declaration of one binding is the entity, keyword
; and all: `const f = () => ...` is a function, `const C = class {}` a class, `const LIMIT = 10`
; a const, `let state = {}` or `var x` a variable.
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
