; Methods: functions in an impl or trait body. Listed before plain functions: when two
; patterns capture one node, the first pattern wins.
(impl_item body: (declaration_list (function_item name: (identifier) @name) @definition.method))
(trait_item body: (declaration_list (function_item name: (identifier) @name) @definition.method))
(trait_item body: (declaration_list (function_signature_item name: (identifier) @name) @definition.method))

(function_item name: (identifier) @name) @definition.function
(function_signature_item name: (identifier) @name) @definition.function

(struct_item name: (type_identifier) @name) @definition.struct
(union_item name: (type_identifier) @name) @definition.union
(enum_item name: (type_identifier) @name) @definition.enum
(trait_item name: (type_identifier) @name) @definition.trait
(type_item name: (type_identifier) @name) @definition.type
(const_item name: (identifier) @name) @definition.const
(static_item name: (identifier) @name) @definition.static
(mod_item name: (identifier) @name) @definition.namespace
(macro_definition name: (identifier) @name) @definition.macro

; `impl Trait for Type` is named after the type, with the trait as a name part.
(impl_item
  trait: [(type_identifier) @name.trait
          (generic_type type: (type_identifier) @name.trait)
          (scoped_type_identifier name: (type_identifier) @name.trait)]
  type: [(type_identifier) @name
         (primitive_type) @name
         (generic_type type: (type_identifier) @name)
         (scoped_type_identifier name: (type_identifier) @name)]) @definition.impl
(impl_item
  !trait
  type: [(type_identifier) @name
         (primitive_type) @name
         (generic_type type: (type_identifier) @name)
         (scoped_type_identifier name: (type_identifier) @name)]) @definition.impl
