; A function in a class is a method: `method_parents` in language.toml says so, which is
; cheaper than a pattern here.
(function_definition name: (identifier) @name) @definition.function
(class_definition name: (identifier) @name) @definition.class

; Module-level names: UPPER_CASE ones are constants by convention, the rest variables.
(module
  (assignment left: (identifier) @name) @definition.const
  (#match? @name "^_*[A-Z][A-Z0-9_]*$"))
(module (assignment left: (identifier) @name) @definition.variable)
(module (type_alias_statement left: (_) @name) @definition.type)

; Docstrings: compared as comments. The first string of any block, as one that opens an `if`
; body does nothing either; one pattern compiles in a third of the time of one per definition.
(module . (string) @doc)
(block . (string) @doc)
