; Luau, Roblox's typed Lua. As in Lua, entities are what a file (a ModuleScript) defines at its
; top level (`top_level` in language.toml): functions, the tables a module or class is built
; on, variables; and Luau's type aliases, `type T = ...` and `export type T = ...`, which are
; `type`s. A function written on a table's field (`function Spring.new()`,
; `function Spring:update()`, `Spring.helper = function() end`) names the table as its @scope:
; it is `Spring.new`, nested in the entity Spring when the file defines it; `:` makes it a
; method. Inside a function body everything (local functions, locals, nested tables) is part
; of the function.

; Type aliases, generic ones named without their parameters (`type Node<T> = ...` is Node).
(type_definition name: (identifier) @name) @definition.type
(type_definition name: (generic_type . (identifier) @name)) @definition.type

; `function M:update(dt)`.
(function_declaration
  name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method
; `function M.new()`, `function a.b.c()`.
(function_declaration
  name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function
; `function f()`, `local function f()`.
(function_declaration name: (identifier) @name) @definition.function

; A single name bound to a function: `M.f = function() end`, `f = ...`, `local f = ...`.
(assignment_statement
  (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name) .)
  (expression_list . value: (function_definition) .)) @definition.function
(assignment_statement
  (variable_list . name: (identifier) @name .)
  (expression_list . value: (function_definition) .)) @definition.function
(variable_declaration
  (assignment_statement
    (variable_list . name: (identifier) @name .)
    (expression_list . value: (function_definition) .))) @definition.function
; A function field of a table constructor: `{ new = function() end }`.
(field name: (identifier) @name value: (function_definition)) @definition.function

; A single name bound to a table constructor: `local Spring = {}`, `M.util = {}`.
(assignment_statement
  (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name) .)
  (expression_list . value: (table_constructor) .)) @definition.object
(assignment_statement
  (variable_list . name: (identifier) @name .)
  (expression_list . value: (table_constructor) .)) @definition.object
(variable_declaration
  (assignment_statement
    (variable_list . name: (identifier) @name .)
    (expression_list . value: (table_constructor) .))) @definition.object

; Other variables and fields: `local Players = game:GetService("Players")`,
; `Spring.__index = Spring`, `local x: number`. Several names make one entity, `a, b` (`a, b, …`
; past two).
(assignment_statement
  (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name))) @definition.variable
(assignment_statement
  (variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3)) @definition.variable
(assignment_statement
  (variable_list . name: (identifier) @name . name: (_) @name.n2)) @definition.variable
(assignment_statement (variable_list . name: (identifier) @name)) @definition.variable
(variable_declaration
  [(variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3)
   (assignment_statement
     (variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3))]) @definition.variable
(variable_declaration
  [(variable_list . name: (identifier) @name . name: (_) @name.n2)
   (assignment_statement (variable_list . name: (identifier) @name . name: (_) @name.n2))]) @definition.variable
(variable_declaration
  [(variable_list . name: (identifier) @name)
   (assignment_statement (variable_list . name: (identifier) @name))]) @definition.variable
