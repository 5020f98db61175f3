; Zig (tree-sitter-zig, node types named after Zig's own PEG grammar). Every container-level
; declaration is a `Decl`: in the file (a file is a struct) or in a `ContainerDecl` (the braces
; of `struct`, `enum`, `union`, `opaque`). A local declaration in a function body is a
; `Statement` holding a `VarDecl`, never a `Decl`: locals are part of their function.
;
; Members of a container are entities when the container is
;   - the value of a declaration: `const Point = struct { ... };` (a struct named Point), or
;   - a statement of a declared function's body: `fn List(comptime T: type) type { return
;     struct { ... }; }`, Zig's generics: its members are the generic type's methods
;     (`List.append`), nested under the function.
; A container written anywhere else (a local `const S = struct {...}` in a function body, an
; argument) is part of the expression around it. Only the container's own parent is checked:
; a declared container inside such a local container is still read as one (rare).
;
; `comptime { ... }` blocks and `usingnamespace` are not declarations of a name: part of the
; container. Container fields (`x: f32,`, enum values) are part of their container, as Go's
; struct fields are.
;
; One pattern per place (file, declared container, returned container), each an alternation of
; the kinds: this grammar is costly to compile queries for, and each nested step counts. The
; kind of a `const` follows its value, read from the declaration's text (`const Point = packed
; struct(u8) {`); each regex excludes the others, so a declaration matches one kind only:
;   struct    `struct`, `packed struct`, `extern struct`
;   union     `union`, `union(enum)`, `extern union`
;   enum      `enum`, `enum(u8)`
;   type      `opaque {}` (and `*opaque {}`, a handle) and error sets `error{ ... }`,
;             merged ones too (`error{ Closed } || Allocator.Error`)
;   const     any other `const` (imports, aliases, values)
;   variable  `var`
; Functions are methods in a container (`Point.init`), functions in the file; `extern fn`
; prototypes (no body) included. `test "name" { ... }` is named by its string, quotes kept
; (`test "parse empty"`), `test add { ... }` (a doctest of `add`) by the identifier; a nameless
; `test { ... }` has nothing to pair by and is part of its container.

((source_file
   [(Decl (FnProto function: (IDENTIFIER) @name)) @definition.function
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_struct) @definition.struct
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_union) @definition.union
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_enum) @definition.enum
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_type) @definition.type
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_const) @definition.const
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_var) @definition.variable
    (TestDecl [(STRINGLITERALSINGLE) (IDENTIFIER)] @name) @definition.test])
 (#match? @_struct "^const\\s[^=]*=\\s*((extern|packed)\\s+)?struct\\b")
 (#match? @_union "^const\\s[^=]*=\\s*((extern|packed)\\s+)?union\\b")
 (#match? @_enum "^const\\s[^=]*=\\s*enum\\b")
 (#match? @_type "^const\\s[^=]*=\\s*((\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_const "^const\\s")
 (#not-match? @_const "^const\\s[^=]*=\\s*(((extern|packed)\\s+)?(struct|union)\\b|enum\\b|(\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_var "^var\\s"))

((Decl (VarDecl (ErrorUnionExpr (SuffixExpr (ContainerDecl
   [(Decl (FnProto function: (IDENTIFIER) @name)) @definition.method
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_struct) @definition.struct
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_union) @definition.union
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_enum) @definition.enum
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_type) @definition.type
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_const) @definition.const
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_var) @definition.variable
    (TestDecl [(STRINGLITERALSINGLE) (IDENTIFIER)] @name) @definition.test])))))
 (#match? @_struct "^const\\s[^=]*=\\s*((extern|packed)\\s+)?struct\\b")
 (#match? @_union "^const\\s[^=]*=\\s*((extern|packed)\\s+)?union\\b")
 (#match? @_enum "^const\\s[^=]*=\\s*enum\\b")
 (#match? @_type "^const\\s[^=]*=\\s*((\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_const "^const\\s")
 (#not-match? @_const "^const\\s[^=]*=\\s*(((extern|packed)\\s+)?(struct|union)\\b|enum\\b|(\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_var "^var\\s"))

((Decl (Block (Statement (AssignExpr (ErrorUnionExpr (SuffixExpr (ContainerDecl
   [(Decl (FnProto function: (IDENTIFIER) @name)) @definition.method
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_struct) @definition.struct
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_union) @definition.union
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_enum) @definition.enum
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_type) @definition.type
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_const) @definition.const
    (Decl (VarDecl variable_type_function: (IDENTIFIER) @name) @_var) @definition.variable
    (TestDecl [(STRINGLITERALSINGLE) (IDENTIFIER)] @name) @definition.test])))))))
 (#match? @_struct "^const\\s[^=]*=\\s*((extern|packed)\\s+)?struct\\b")
 (#match? @_union "^const\\s[^=]*=\\s*((extern|packed)\\s+)?union\\b")
 (#match? @_enum "^const\\s[^=]*=\\s*enum\\b")
 (#match? @_type "^const\\s[^=]*=\\s*((\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_const "^const\\s")
 (#not-match? @_const "^const\\s[^=]*=\\s*(((extern|packed)\\s+)?(struct|union)\\b|enum\\b|(\\*\\s*)?opaque\\b|error\\s*\\{)")
 (#match? @_var "^var\\s"))
