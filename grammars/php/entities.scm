; PHP. Namespaces, classes, interfaces, traits, enums, functions, methods, properties,
; constants and enum cases. Members of anonymous classes (`new class { ... }`) belong to the
; expression around them; functions and closures inside a function body are part of it.
;
; A namespace declared as a statement (`namespace App\Models;`, the usual form) does not
; enclose what follows it in the tree: the declarations after it take its name as their
; @scope, so they are `App\Models::User` and nest under the namespace entity, as they do in
; the braced form (`namespace App\Models { ... }`). A file with several statement namespaces
; (rare) gives each later declaration the first one's name: a query cannot say "the last
; namespace before".
;
; When two patterns capture one node, the first pattern wins.

(namespace_definition name: (namespace_name) @name) @definition.namespace

; Members of named types. The constructor first (it is also a method_declaration).
([(class_declaration body: (declaration_list (method_declaration name: (name) @name) @definition.constructor))
  (trait_declaration body: (declaration_list (method_declaration name: (name) @name) @definition.constructor))
  (enum_declaration body: (enum_declaration_list (method_declaration name: (name) @name) @definition.constructor))]
  (#match? @name "^(?i:__construct)$"))
[(class_declaration body: (declaration_list (method_declaration name: (name) @name) @definition.method))
 (interface_declaration body: (declaration_list (method_declaration name: (name) @name) @definition.method))
 (trait_declaration body: (declaration_list (method_declaration name: (name) @name) @definition.method))
 (enum_declaration body: (enum_declaration_list (method_declaration name: (name) @name) @definition.method))]

; Properties: `private ?string $name = null;` is `$name`, as PHP writes a static one
; (`User::$count`). One declaration of several (`public $a, $b;`) is one entity, named after
; its first property. Promoted constructor parameters stay part of the constructor.
[(class_declaration body: (declaration_list
   (property_declaration (property_element name: (variable_name) @name)) @definition.property))
 (trait_declaration body: (declaration_list
   (property_declaration (property_element name: (variable_name) @name)) @definition.property))]

; Class constants (`public const ROLE = 'user';`), one entity per declaration like
; properties, and enum cases.
[(class_declaration body: (declaration_list (const_declaration (const_element (name) @name)) @definition.const))
 (interface_declaration body: (declaration_list (const_declaration (const_element (name) @name)) @definition.const))
 (trait_declaration body: (declaration_list (const_declaration (const_element (name) @name)) @definition.const))
 (enum_declaration body: (enum_declaration_list (const_declaration (const_element (name) @name)) @definition.const))]
(enum_case name: (name) @name) @definition.const

; Declarations after `namespace X;` in the same file: scoped by it (see the header).
(program
  (namespace_definition name: (namespace_name) @scope !body)
  [(class_declaration name: (name) @name) @definition.class
   (interface_declaration name: (name) @name) @definition.interface
   (trait_declaration name: (name) @name) @definition.trait
   (enum_declaration name: (name) @name) @definition.enum
   (function_definition name: (name) @name) @definition.function
   (if_statement body: (compound_statement (function_definition name: (name) @name) @definition.function))
   (const_declaration (const_element (name) @name)) @definition.const])

; Types, in a braced namespace, in the file, or declared conditionally
; (`if (!class_exists(...))`): any named type is a type of its namespace.
(class_declaration name: (name) @name) @definition.class
(interface_declaration name: (name) @name) @definition.interface
(trait_declaration name: (name) @name) @definition.trait
(enum_declaration name: (name) @name) @definition.enum

; Functions of the file or of a namespace, also the `if (!function_exists('f')) { function
; f() ... }` guard of helper files; not functions declared inside another function's body.
[(program (function_definition name: (name) @name) @definition.function)
 (program (if_statement body: (compound_statement (function_definition name: (name) @name) @definition.function)))
 (namespace_definition body: (compound_statement (function_definition name: (name) @name) @definition.function))
 (namespace_definition body: (compound_statement
   (if_statement body: (compound_statement (function_definition name: (name) @name) @definition.function))))]

; Namespace constants: `const MAX = 10;` and the older `define('MAX', 10);`.
[(program (const_declaration (const_element (name) @name)) @definition.const)
 (namespace_definition body: (compound_statement (const_declaration (const_element (name) @name)) @definition.const))]
([(program
   (expression_statement
     (function_call_expression
       function: (name) @_define
       arguments: (arguments . (argument [(string (string_content) @name) (encapsed_string (string_content) @name)])))) @definition.const)
  (namespace_definition body: (compound_statement
   (expression_statement
     (function_call_expression
       function: (name) @_define
       arguments: (arguments . (argument [(string (string_content) @name) (encapsed_string (string_content) @name)])))) @definition.const))]
  (#eq? @_define "define"))
