; When two patterns capture one node, the first pattern wins: specific shapes come first.
; Bindings are named by bare identifiers; destructuring (`const {a, b} = x`) names nothing, and
; `const x = require("x")` is an import, not a definition.
;
; Most patterns match anywhere; language.toml's `local_to` leaves what a function, method or
; test body holds to it (its objects, assignments and bindings are its lines), except the node
; types in `nested_nodes` (function and class declarations, test calls), which are entities
; wherever they are. What a module wrapper holds (`module.exports = function (Chart) {...}`,
; `define([...], function (...) {...})`, an IIFE) counts as the file's top level: the wrapper
; itself is no entity, so its body is nobody's.

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

; ---- Tests written as calls (Mocha, Jasmine, Jest, Vitest, node:test): `describe("parser",
; () => {...})`, `it("reads a date", async () => {...})`, `test.skip(...)`, named by their
; string; a suite's tests are its children. Hooks (`beforeEach(() => {...})`) are named by
; the hook. The arguments are the body: `it` becoming `it.only` is a signature change.
((call_expression
   function: [(identifier) @_test
              (member_expression object: (identifier) @_test property: (property_identifier) @_modifier)]
   arguments: (arguments
     . [(string . (string_fragment) @name .) (template_string . (string_fragment) @name .)]
     [(function_expression) (arrow_function)]) @body) @definition.test
 (#any-of? @_test "describe" "context" "suite" "it" "test" "specify" "xdescribe" "xcontext" "xit" "xtest" "fdescribe" "fit")
 (#any-of? @_modifier "only" "skip" "todo" "concurrent" "failing"))
; A string with escapes, or a template: named by its whole text.
((call_expression
   function: [(identifier) @_test
              (member_expression object: (identifier) @_test property: (property_identifier) @_modifier)]
   arguments: (arguments
     . [(string) (template_string)] @name
     [(function_expression) (arrow_function)]) @body) @definition.test
 (#any-of? @_test "describe" "context" "suite" "it" "test" "specify" "xdescribe" "xcontext" "xit" "xtest" "fdescribe" "fit")
 (#any-of? @_modifier "only" "skip" "todo" "concurrent" "failing"))
((call_expression
   function: (identifier) @name
   arguments: (arguments . [(function_expression) (arrow_function)]) @body) @definition.test
 (#any-of? @name "before" "after" "beforeEach" "afterEach" "beforeAll" "afterAll"))

; `export default function () {}`, `export default () => ...`, `export default class {}`,
; `export default {...}`: named `default`, as importers see them.
(export_statement
  "default" @name
  value: [(function_expression) (arrow_function) (generator_function)] @definition.function)
(export_statement "default" @name value: (class) @definition.class)
(export_statement "default" @name value: (object) @definition.const)

; ---- Functions and objects written on a property: named by the property, with the object
; they are written on as their scope (they nest under it when the file defines it, and their
; qualified name reads `helpers.each` either way).
; `Widget.prototype.render = function () {...}`: a method of Widget (`prototype` is left out).
((expression_statement
   (_
     left: (_
       object: (_ object: (_) @scope property: (property_identifier) @_prototype)
       property: (property_identifier) @name)
     right: [(function_expression) (arrow_function) (generator_function)])) @definition.method
 (#eq? @_prototype "prototype"))
; `module.exports = function parse(text) {...}`, `module.exports = async (event) => ...`: the
; module's function. An anonymous, synchronous `module.exports = function (Chart) {...}` is a
; module wrapper, whose body is the file's top level.
((expression_statement
   (_
     left: (_ object: (identifier) @scope property: (property_identifier) @name)
     right: [(function_expression name: (_))
             (function_expression "async")
             (generator_function)
             (arrow_function "async")])) @definition.function
 (#eq? @scope "module")
 (#eq? @name "exports"))
((expression_statement
   (_
     left: (_ object: (identifier) @scope property: (property_identifier) @name)
     right: (arrow_function body: (_) @_expression))) @definition.function
 (#eq? @scope "module")
 (#eq? @name "exports")
 (#not-match? @_expression "^[{]"))
; `helpers.each = function (...) {...}`, `exports.handler = async (event) => ...`, chains
; (`_.each = _.forEach = function`, named by the first), defaults (`x.f = x.f || function`) and
; fallbacks (`helpers.sign = Math.sign ? function ... : function ...`).
((expression_statement
   (_
     left: (_ object: (_) @scope property: (property_identifier) @name) @_target
     right: [(function_expression) (arrow_function) (generator_function)
             (_ right: [(function_expression) (arrow_function) (generator_function)])
             (ternary_expression
               alternative: [(function_expression) (arrow_function) (generator_function)])])) @definition.function
 (#not-match? @_target "^module[ \t]*[.][ \t]*exports$"))
; Classes: `Chart.elements.Point = Chart.Element.extend({...})` (a class built by an `extend`
; or `createClass` call from an object of methods), `Foo.Bar = class {...}`.
((expression_statement
   (_
     left: (_ object: (_) @scope property: (property_identifier) @name)
     right: [(class)
             (call_expression
               function: (_ property: (property_identifier) @_extend)
               arguments: (arguments . (object) .))
             (_
               right: [(class)
                       (call_expression
                         function: (_ property: (property_identifier) @_extend)
                         arguments: (arguments . (object) .))])])) @definition.class
 (#any-of? @_extend "extend" "createClass"))
; Objects: `Chart.defaults.bar = {...}`, `module.exports = {...}`. `Foo.prototype = {...}` is
; no entity: its methods belong to Foo (below).
((expression_statement
   (_
     left: (_ object: (_) @scope property: (property_identifier) @name)
     right: [(object) (_ right: (object))])) @definition.variable
 (#not-eq? @name "prototype"))

; ---- Bindings of classes built by `extend` (`var Point = Element.extend({...})`), of functions,
; classes and objects, wherever they are not local: at top level and in module wrappers. The
; value may be assigned on the way (`var helpers = Chart.helpers = {...}`) or be a default
; (`var config = window.config || {...}`).
([(lexical_declaration
   . (variable_declarator
       name: (identifier) @name
       value: (call_expression
                function: (_ property: (property_identifier) @_extend)
                arguments: (arguments . (object) .))) .)
  (variable_declaration
   . (variable_declarator
       name: (identifier) @name
       value: (call_expression
                function: (_ property: (property_identifier) @_extend)
                arguments: (arguments . (object) .))) .)] @definition.class
 (#any-of? @_extend "extend" "createClass"))
[(lexical_declaration
   . (variable_declarator
       name: (identifier) @name
       value: [(arrow_function) (function_expression) (generator_function)
               (_ right: [(arrow_function) (function_expression) (generator_function)])]) .)
 (variable_declaration
   . (variable_declarator
       name: (identifier) @name
       value: [(arrow_function) (function_expression) (generator_function)
               (_ right: [(arrow_function) (function_expression) (generator_function)])]) .)] @definition.function
[(lexical_declaration
   . (variable_declarator name: (identifier) @name value: [(class) (_ right: (class))]) .)
 (variable_declaration
   . (variable_declarator name: (identifier) @name value: [(class) (_ right: (class))]) .)] @definition.class
(lexical_declaration
  kind: "const"
  . (variable_declarator name: (identifier) @name value: [(object) (_ right: (object))]) .) @definition.const
[(lexical_declaration
   . (variable_declarator name: (identifier) @name value: [(object) (_ right: (object))]) .)
 (variable_declaration
   . (variable_declarator name: (identifier) @name value: [(object) (_ right: (object))]) .)] @definition.variable

; ---- Members of objects: `key: function (...) {...}`, `key: (...) => ...`, `key(...) {...}`,
; getters and setters, as methods of the object or class the literal builds.
; Written for a prototype (`Foo.prototype = {...}`, `helpers.extend(Foo.prototype, {...})`,
; `Object.assign(Foo.prototype, {...})`): methods of Foo.
((assignment_expression
   left: (_ object: (_) @scope property: (property_identifier) @_prototype)
   right: (object
            [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
             (method_definition name: (_) @name)] @definition.method))
 (#eq? @_prototype "prototype"))
((arguments
   (_ object: (_) @scope property: (property_identifier) @_prototype)
   (object
     [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
      (method_definition name: (_) @name)] @definition.method))
 (#eq? @_prototype "prototype"))
; Mixed into an object: `jQuery.extend({...})`: methods of jQuery.
((expression_statement
   (call_expression
     function: (_ object: (_) @scope property: (property_identifier) @_extend)
     arguments: (arguments
       . (object
           [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
            (method_definition name: (_) @name)] @definition.method) .)))
 (#eq? @_extend "extend"))
; The object's or class's own: `var helpers = {...}`, `module.exports = {...}`,
; `export default {...}`, `Point = Element.extend({...})`.
(variable_declarator
  value: (object
           [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
            (method_definition name: (_) @name)] @definition.method))
(_
  left: [(identifier) (_ property: (property_identifier))]
  right: (object
           [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
            (method_definition name: (_) @name)] @definition.method))
(export_statement
  value: (object
           [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
            (method_definition name: (_) @name)] @definition.method))
((call_expression
   function: (_ property: (property_identifier) @_extend)
   arguments: (arguments
     . (object
         [(pair key: (_) @name value: [(function_expression) (arrow_function) (generator_function)])
          (method_definition name: (_) @name)] @definition.method) .))
 (#any-of? @_extend "extend" "createClass"))

; ---- Top-level bindings, plain or exported. A declaration of one binding is the entity, keyword
; and all: `const f = () => ...` is a function (above), `const C = class {}` a class, `const
; LIMIT = 10` a const, `let state = {}` or `var x` a variable.
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
