; R. A script's definitions are its top-level assignments: `f <- function(x) ...` (also with
; `=`, `<<-` and `->`) is a function, any other value a variable. Assignments inside a
; function body, or inside `if`/`local()` blocks, are part of what holds them.
;
; Classes are made by calls, and three kinds are read here because their shape is fixed:
; S4 (`setClass`, `setGeneric`, `setMethod`), R6 (`X <- R6Class("X", public = list(...))`)
; and Reference classes (`X <- setRefClass("X", fields = ..., methods = list(...))`).
;
; When two patterns capture one node, the first pattern wins: classes and functions before
; plain variables.

; `Counter <- R6Class("Counter", public = list(add = function(n) ...))` (also `R6::R6Class`)
; and `Account <- setRefClass("Account", methods = list(...))`: the class and its members,
; named `Counter$add` as they are called. Members that are functions are methods, the rest
; fields.
((program
   (binary_operator
     lhs: (identifier) @name
     operator: ["<-" "=" "<<-"]
     rhs: (call function: [(identifier) @_maker (namespace_operator rhs: (identifier) @_maker)])) @definition.class)
 (#any-of? @_maker "R6Class" "setRefClass"))
((program
   (binary_operator
     lhs: (identifier)
     operator: ["<-" "=" "<<-"]
     rhs: (call
       function: [(identifier) @_maker (namespace_operator rhs: (identifier) @_maker)]
       arguments: (arguments
         (argument
           name: (identifier) @_section
           value: (call
             function: (identifier) @_list
             arguments: (arguments
               (argument name: (identifier) @name value: (function_definition)) @definition.method)))))))
 (#any-of? @_maker "R6Class" "setRefClass")
 (#any-of? @_section "public" "private" "active" "methods")
 (#eq? @_list "list"))
((program
   (binary_operator
     lhs: (identifier)
     operator: ["<-" "=" "<<-"]
     rhs: (call
       function: [(identifier) @_maker (namespace_operator rhs: (identifier) @_maker)]
       arguments: (arguments
         (argument
           name: (identifier) @_section
           value: (call
             function: (identifier) @_list
             arguments: (arguments (argument name: (identifier) @name) @definition.field)))))))
 (#any-of? @_maker "R6Class" "setRefClass")
 (#any-of? @_section "public" "private" "active" "fields")
 (#eq? @_list "list"))

; S4. `setClass("Person", ...)` (alone or assigned to its generator) is the class Person;
; `setGeneric("greet", ...)` the generic function; `setMethod("greet", "Person", ...)` its
; method for that signature, told apart from the generic's other methods by the signature's
; classes (@overload): `greet(Person)`, `combine(Person, numeric)`.
((program
   [(call
      function: (identifier) @_set
      arguments: (arguments . (argument value: (string (string_content) @name))))
    (binary_operator
      operator: ["<-" "=" "<<-"]
      rhs: (call
        function: (identifier) @_set
        arguments: (arguments . (argument value: (string (string_content) @name)))))] @definition.class)
 (#any-of? @_set "setClass" "setRefClass"))
((program
   (call
     function: (identifier) @_set
     arguments: (arguments . (argument value: (string (string_content) @name)))) @definition.multimethod)
 (#eq? @_set "setGeneric"))
; Two patterns: tree-sitter misses matches of an alternation holding a repetition.
((program
   (call
     function: (identifier) @_set
     arguments: (arguments
       .
       (argument value: (string (string_content) @name))
       .
       (comma)
       .
       (argument value: (string (string_content) @overload)))) @definition.method)
 (#eq? @_set "setMethod"))
((program
   (call
     function: (identifier) @_set
     arguments: (arguments
       .
       (argument value: (string (string_content) @name))
       .
       (comma)
       .
       (argument
         value: (call
           arguments: (arguments
             . "(" .
             [(argument value: (string (string_content) @overload)) (comma) (comment)]*
             . ")" .))))) @definition.method)
 (#eq? @_set "setMethod"))

; Functions: `add <- function(x, y) ...`, `add = ...`, `add <<- ...`, `\(x) ...`, and
; `function(x) ... -> add`. `obj$method <- function() ...` is `obj$method`, nested under
; obj when the file defines it.
(program
  (binary_operator
    lhs: [(identifier) @name (string (string_content) @name)]
    operator: ["<-" "=" "<<-"]
    rhs: (function_definition)) @definition.function)
(program
  (binary_operator
    lhs: (function_definition)
    operator: ["->" "->>"]
    rhs: (identifier) @name) @definition.function)
(program
  (binary_operator
    lhs: (extract_operator lhs: (_) @scope operator: "$" rhs: (identifier) @name)
    operator: ["<-" "=" "<<-"]
    rhs: (function_definition)) @definition.function)

; Variables: any other top-level assignment (`VERSION <- "1.0"`, `"x" -> y`, `env$n <- 0`).
(program
  (binary_operator
    lhs: [(identifier) @name (string (string_content) @name)]
    operator: ["<-" "=" "<<-"]) @definition.variable)
(program
  (binary_operator
    operator: ["->" "->>"]
    rhs: (identifier) @name) @definition.variable)
(program
  (binary_operator
    lhs: (extract_operator lhs: (_) @scope operator: "$" rhs: (identifier) @name)
    operator: ["<-" "=" "<<-"]) @definition.variable)
