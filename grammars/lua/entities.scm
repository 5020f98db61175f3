; Lua. Entities are what a chunk (file) defines at its top level: functions, global and local
; variables, and tables built there (a module's `local M = {}`, a class's table). Everything
; inside a function body, local functions included, is part of that function.
;
; A definition written on a table's field (`function M.new()`, `function M:append()`,
; `M.VERSION = "1.0"`, `M.helpers = {}`) has the table's path as its @scope: it is named
; `M.new` and nests under the entity M when the file defines it. Functions written as fields
; of a table constructor (`local M = { new = function() ... end }`) nest under it the same way.
;
; When two patterns capture one node, the first pattern wins: functions and tables before
; plain variables.

; Named functions (`function f()`, `local function f()`, `function M.f()`, `function M:m()`)
; count in the chunk, in a `do ... end` block there (which keeps helper locals out of the
; module: penlight writes most of a module that way) and in an `if` there (a definition per
; Lua version); not inside a function body.

; `function M:append(x)`: a method, `self` is M.
[(chunk (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method)
 (chunk (do_statement body: (block (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method)))
 (chunk (do_statement body: (block (do_statement body: (block (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method)))))
 (chunk (if_statement consequence: (block (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method)))
 (chunk (if_statement alternative: (elseif_statement consequence: (block (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method))))
 (chunk (if_statement alternative: (else_statement body: (block (function_declaration
   name: (method_index_expression table: (_) @scope method: (identifier) @name)) @definition.method))))]
; `function M.new(t)`, `function a.b.c()`.
[(chunk (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function)
 (chunk (do_statement body: (block (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function)))
 (chunk (do_statement body: (block (do_statement body: (block (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function)))))
 (chunk (if_statement consequence: (block (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function)))
 (chunk (if_statement alternative: (elseif_statement consequence: (block (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function))))
 (chunk (if_statement alternative: (else_statement body: (block (function_declaration
   name: (dot_index_expression table: (_) @scope field: (identifier) @name)) @definition.function))))]
; `function f()`, `local function f()`.
[(chunk (function_declaration name: (identifier) @name) @definition.function)
 (chunk (do_statement body: (block (function_declaration name: (identifier) @name) @definition.function)))
 (chunk (do_statement body: (block (do_statement body: (block (function_declaration name: (identifier) @name) @definition.function)))))
 (chunk (if_statement consequence: (block (function_declaration name: (identifier) @name) @definition.function)))
 (chunk (if_statement alternative: (elseif_statement consequence: (block (function_declaration name: (identifier) @name) @definition.function))))
 (chunk (if_statement alternative: (else_statement body: (block (function_declaration name: (identifier) @name) @definition.function))))]

; `M.f = function() ... end`, `f = function() ... end`, `local f = function() ... end`: one
; name, one value.
(chunk
  (assignment_statement
    (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name) .)
    (expression_list . value: (function_definition) .)) @definition.function)
(chunk
  [(assignment_statement
     (variable_list . name: (identifier) @name .)
     (expression_list . value: (function_definition) .))
   (variable_declaration
     (assignment_statement
       (variable_list . name: (identifier) @name .)
       (expression_list . value: (function_definition) .)))] @definition.function)

; Tables: `local M = {}`, `List = {}`, `M.util = {}`.
(chunk
  (assignment_statement
    (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name) .)
    (expression_list . value: (table_constructor) .)) @definition.object)
(chunk
  [(assignment_statement
     (variable_list . name: (identifier) @name .)
     (expression_list . value: (table_constructor) .))
   (variable_declaration
     (assignment_statement
       (variable_list . name: (identifier) @name .)
       (expression_list . value: (table_constructor) .)))] @definition.object)
; Functions in those tables' constructors: `local M = { new = function() ... end }`.
(chunk
  [(assignment_statement
     (expression_list . value: (table_constructor
       (field name: (identifier) @name value: (function_definition)) @definition.function) .))
   (variable_declaration
     (assignment_statement
       (expression_list . value: (table_constructor
         (field name: (identifier) @name value: (function_definition)) @definition.function) .)))])

; Lua 5.4 `local N <const> = 10`: a constant.
((chunk
   (variable_declaration
     (assignment_statement
       (variable_list . name: (identifier) @name . attribute: (attribute (identifier) @_const)))) @definition.const)
 (#eq? @_const "const"))

; Other variables and fields of the chunk: `local VERSION = "1.0"`, `M.VERSION = "1.0"`,
; `local x`. A statement with several names is one entity: `local a, b = 1, 2` is `a, b`
; (`a, b, …` past two).
(chunk
  (assignment_statement
    (variable_list . name: (dot_index_expression table: (_) @scope field: (identifier) @name))) @definition.variable)
(chunk
  [(assignment_statement
     (variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3))
   (variable_declaration
     [(variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3)
      (assignment_statement
        (variable_list . name: (identifier) @name . name: (_) @name.n2 . name: (_) @name.n3))])] @definition.variable)
(chunk
  [(assignment_statement
     (variable_list . name: (identifier) @name . name: (_) @name.n2))
   (variable_declaration
     [(variable_list . name: (identifier) @name . name: (_) @name.n2)
      (assignment_statement
        (variable_list . name: (identifier) @name . name: (_) @name.n2))])] @definition.variable)
(chunk
  [(assignment_statement (variable_list . name: (identifier) @name))
   (variable_declaration
     [(variable_list . name: (identifier) @name)
      (assignment_statement (variable_list . name: (identifier) @name))])] @definition.variable)
