; Tcl. Entities are procs (`proc name args body`), namespaces (`namespace eval name { ... }`,
; whose procs and namespaces nest in it by containment), the variables a namespace declares
; (`variable count 0`), and TclOO classes (`oo::class create Name { ... }`) with their
; methods, constructor and destructor (a method, as C++'s), also when `oo::define Name
; method ...` or `oo::define Name { ... }` adds them from outside the class. A proc written with its namespace (`proc ::foo::bar`) keeps the
; name it spells. What a proc's body holds is part of it.
;
; When two patterns capture one node, the first pattern wins.

(procedure name: (_) @name) @definition.function

((namespace
   (word_list . (simple_word) @_eval . (_) @name . (braced_word) .)) @definition.namespace
 (#eq? @_eval "eval"))

; `variable count 0` directly in a namespace's body.
((namespace
   (word_list . (simple_word) @_eval . (_) . (braced_word
     (command
       name: (simple_word) @_variable
       arguments: (word_list . (simple_word) @name)) @definition.variable) .))
 (#eq? @_eval "eval")
 (#eq? @_variable "variable"))

; TclOO: `oo::class create Animal { ... }`.
((command
   name: (simple_word) @_class
   arguments: (word_list . (simple_word) @_create . (_) @name)) @definition.class
 (#any-of? @_class "oo::class" "::oo::class")
 (#eq? @_create "create"))

; Its methods, constructor and destructor.
((command
   name: (simple_word) @_class
   arguments: (word_list . (simple_word) @_create . (_) . (braced_word
     (command
       name: (simple_word) @_method
       arguments: (word_list . (_) @name)) @definition.method)))
 (#any-of? @_class "oo::class" "::oo::class")
 (#eq? @_create "create")
 (#any-of? @_method "method" "classmethod"))
((command
   name: (simple_word) @_class
   arguments: (word_list . (simple_word) @_create . (_) . (braced_word
     (command name: (simple_word) @name) @definition.constructor)))
 (#any-of? @_class "oo::class" "::oo::class")
 (#eq? @_create "create")
 (#eq? @name "constructor"))
; A destructor is a method named so, as C++'s are.
((command
   name: (simple_word) @_class
   arguments: (word_list . (simple_word) @_create . (_) . (braced_word
     (command name: (simple_word) @name) @definition.method)))
 (#any-of? @_class "oo::class" "::oo::class")
 (#eq? @_create "create")
 (#eq? @name "destructor"))

; `oo::define Animal method speak {} { ... }`: a method of Animal, written outside it.
((command
   name: (simple_word) @_define
   arguments: (word_list . (_) @scope . (simple_word) @_method . (_) @name)) @definition.method
 (#any-of? @_define "oo::define" "::oo::define")
 (#eq? @_method "method"))

; `oo::define Animal { method speak {} { ... } }`: the same, several at once.
((command
   name: (simple_word) @_define
   arguments: (word_list . (_) @scope . (braced_word
     (command
       name: (simple_word) @_method
       arguments: (word_list . (_) @name)) @definition.method) .))
 (#any-of? @_define "oo::define" "::oo::define")
 (#any-of? @_method "method" "classmethod"))
((command
   name: (simple_word) @_define
   arguments: (word_list . (_) @scope . (braced_word
     (command name: (simple_word) @name) @definition.constructor) .))
 (#any-of? @_define "oo::define" "::oo::define")
 (#eq? @name "constructor"))
