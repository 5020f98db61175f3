; Objective-C. Entities are the classes a file implements (`@implementation Foo`, kind class;
; a category `@implementation NSString (CDVJSON)` is an impl, named `NSString (CDVJSON)`),
; the interfaces it declares (`@interface Foo : NSObject`, a class extension `@interface Foo
; ()`, a category's `@interface`), protocols, and in them methods, properties and instance
; variables; and the C that the file declares at its top: functions, constants and
; variables, typedefs, named structs, unions and enums, and #define macros with a value.
;
; A method is named by its first selector keyword (`handleOpenURL`), and the other keywords
; tell its overloads apart (`handleOpenURL:andFlag:` is `handleOpenURL(andFlag)`). A method
; declared in an @interface and defined in the @implementation is two entities, as a C
; prototype and its function are. What a body holds is part of it (`local_scopes`).
;
; When two patterns capture one node, the first pattern wins.

(class_implementation
  . (identifier) @name
  category: (identifier) @name.category) @definition.impl
(class_implementation . (identifier) @name) @definition.class
(class_interface
  . (identifier) @name
  category: (identifier) @name.category) @definition.interface
(class_interface . (identifier) @name) @definition.interface
(protocol_declaration . (identifier) @name) @definition.protocol

; Methods, defined or declared: any node that holds a method type and then the first keyword,
; and whose text starts with `-` or `+` (a parameter `:(id)sender` starts with `:`). Written
; so, without naming method_definition and method_declaration, the pattern compiles five
; times faster (the grammar is big, and each named parent multiplies the analysis).
((_
   (method_type) . (identifier) @name
   ((method_parameter) . (identifier) @overload)*) @definition.method
 (#match? @definition.method "^[-+]"))
(method_definition (compound_statement) @body)

(property_declaration
  (struct_declaration
    (struct_declarator [(identifier) @name (_ declarator: (identifier) @name)]))) @definition.property
(instance_variable
  (struct_declaration
    (struct_declarator [(identifier) @name (_ declarator: (identifier) @name)]))) @definition.field

; C, found anywhere: what a body declares is left out by `local_scopes`, so a declaration
; in an `#if` at the top counts. The name may be behind pointers (`char **split(...)`).
(function_definition
  declarator: [(function_declarator declarator: (identifier) @name)
               (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))]) @definition.function

([(declaration declarator: [(function_declarator declarator: (identifier) @name)
                            (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))]) @definition.function
  (declaration declarator: [(identifier) @name
                            (_ declarator: (identifier) @name)
                            (_ declarator: (_ declarator: (identifier) @name))]) @definition.const
  (declaration declarator: [(identifier) @name
                            (_ declarator: (identifier) @name)
                            (_ declarator: (_ declarator: (identifier) @name))]) @definition.variable
  (type_definition type: (struct_specifier body: (_)) declarator: (type_identifier) @name) @definition.struct
  (type_definition type: (union_specifier body: (_)) declarator: (type_identifier) @name) @definition.union
  (type_definition type: (enum_specifier body: (_)) declarator: (type_identifier) @name) @definition.enum
  (type_definition declarator: [(type_identifier) @name
                                (_ declarator: (type_identifier) @name)]) @definition.type
  (struct_specifier name: (type_identifier) @name body: (_)) @definition.struct
  (enum_specifier name: (type_identifier) @name body: (_)) @definition.enum
  (preproc_function_def name: (identifier) @name) @definition.macro
  (preproc_def name: (identifier) @name value: (_)) @definition.macro]
 (#match? @definition.const "^[^=({]*\\b(const|constexpr)\\b")
 (#not-match? @definition.variable "^[^=({]*\\b(const|constexpr)\\b")
 (#not-match? @definition.type "^typedef\\s+(struct|union|enum)\\b[^{]*\\{"))
