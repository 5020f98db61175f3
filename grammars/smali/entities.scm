; Smali, the assembly of Android's dex format (baksmali writes one class per file). The file
; is its class, named by its descriptor (`Lorg/dyndns/fules/ck/Action;`): a `class`, an
; `interface` (also an annotation type) or an `enum` after its `.class` modifiers. Its members
; are its `.method`s (`<init>` and `<clinit>` are constructors; overloads are told apart by
; their parameter descriptors, `add(II)`, `add(J)`) and its `.field`s (`static` ones are
; `static`s). A method's instructions, registers, labels, `.line`s and annotations are lines
; of it.

; The class, from its `.class` directive.
(class_definition
  (class_directive
    (access_modifiers (access_modifier) @_kind)
    (class_identifier) @name)
  (#any-of? @_kind "interface" "annotation")) @definition.interface
(class_definition
  (class_directive
    (access_modifiers (access_modifier) @_kind)
    (class_identifier) @name)
  (#eq? @_kind "enum")) @definition.enum
(class_definition (class_directive (class_identifier) @name)) @definition.class

; Methods: constructors first.
(method_definition
  (method_signature
    (method_identifier) @name
    (parameters)? @overload)
  (#any-of? @name "<init>" "<clinit>")) @definition.constructor
(method_definition
  (method_signature
    (method_identifier) @name
    (parameters)? @overload)) @definition.method

; Fields.
((field_definition
   (access_modifiers (access_modifier) @_static)
   (field_identifier) @name) @definition.static
 (#eq? @_static "static"))
(field_definition (field_identifier) @name) @definition.field
