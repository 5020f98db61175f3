; Perl. Entities are packages, subs and constants (`use constant`) of the file or of a
; package block. Methods are subs: Perl has no other word for them. Everything in a sub's
; body (anonymous subs, nested named subs) is part of that sub.
;
; `package Foo { ... }` holds its subs: they nest under it by containment. A package
; declared as a statement (`package Foo;`, the usual form) does not enclose what follows it
; in the tree: the subs and constants after it take its name as their @scope, so they are
; `Foo::new` and nest under the package entity as in the block form. A file with several
; statement packages gives each later sub the first package's name: a query cannot say
; "the last package before".
;
; `use constant PI => 4 * atan2(1, 1);` is one constant. `use constant { A => 1, B => 2 };`
; is one entity for the statement, named after its first constant (`A, …` when there are
; more).
;
; When two patterns capture one node, the first pattern wins.

(package_statement name: (package) @name) @definition.namespace

; After `package Foo;` in the file (see the header). A statement package's last child is its
; name or its version; a block package ends with its block. A sub named with its package
; (`sub Foo::Bar::baz`) is not in the package before it: its name says where it is.
(source_file
  [(package_statement name: (package) @scope .)
   (package_statement name: (package) @scope . version: (_) .)]
  (subroutine_declaration_statement name: (bareword) @name) @definition.function
  (#not-match? @name "::"))
((source_file
   [(package_statement name: (package) @scope .)
    (package_statement name: (package) @scope . version: (_) .)]
   (use_statement
     module: (package) @_constant
     [(list_expression . (autoquoted_bareword) @name)
      (anonymous_hash_expression
        (list_expression . (autoquoted_bareword) @name . (_) . (autoquoted_bareword) @name.more))
      (anonymous_hash_expression (list_expression . (autoquoted_bareword) @name))]) @definition.const)
 (#eq? @_constant "constant"))

; Subs and constants of the file (a script, or a module before its first package) and of a
; package block.
[(source_file (subroutine_declaration_statement name: (bareword) @name) @definition.function)
 (package_statement (block (subroutine_declaration_statement name: (bareword) @name) @definition.function))]
((_
   (use_statement
     module: (package) @_constant
     [(list_expression . (autoquoted_bareword) @name)
      (anonymous_hash_expression
        (list_expression . (autoquoted_bareword) @name . (_) . (autoquoted_bareword) @name.more))
      (anonymous_hash_expression (list_expression . (autoquoted_bareword) @name))]) @definition.const)
 (#eq? @_constant "constant"))
