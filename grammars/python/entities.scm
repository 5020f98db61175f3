; Methods: functions directly in a class body (decorated or not). Listed before plain functions:
; when two patterns capture one node, the first pattern wins.
(class_definition
  body: (block
    (function_definition name: (identifier) @name) @definition.method))
(class_definition
  body: (block
    (decorated_definition
      definition: (function_definition name: (identifier) @name) @definition.method)))

(function_definition name: (identifier) @name) @definition.function
(class_definition name: (identifier) @name) @definition.class

; Module-level names: UPPER_CASE ones are constants by convention, the rest variables.
(module
  (assignment left: (identifier) @name) @definition.const
  (#match? @name "^_*[A-Z][A-Z0-9_]*$"))
(module (assignment left: (identifier) @name) @definition.variable)
(module (type_alias_statement left: (_) @name) @definition.type)

; Docstrings: compared as comments.
(module . (string) @doc)
(class_definition body: (block . (string) @doc))
(function_definition body: (block . (string) @doc))
