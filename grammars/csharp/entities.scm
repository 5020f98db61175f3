; C#. Entities: namespaces (block and file-scoped), classes, structs, interfaces, enums,
; records, delegates, and their members: methods, constructors, destructors, operators,
; properties, indexers, events, fields, constants, enum members. Members have node types of
; their own (a local function is a `local_function_statement`, a local variable a
; `local_declaration_statement`), so no pattern needs to say where it sits: locals are never
; matched, and members inside `#if` blocks are. Attributes are inside the declaration's node.
;
; Overloads: @overload captures each parameter's type, so `Scale(int)` and `Scale(double)` are
; two entities, while renaming a parameter keeps the key. The parameter list is matched as one
; repetition between its brackets (commas and comments included): a bare `(parameter)*` makes
; tree-sitter report one match per parameter, not one per method. `params string[] rest` reads
; `string[]` (the grammar puts its type and name directly in the list). `ref`/`out`/`in` are
; not read: overloads that differ only there are told apart by their order in the file.

; Namespaces: `namespace A.B { ... }` and the file-scoped `namespace A.B;`, named `A.B`.
(namespace_declaration name: [(identifier) (qualified_name)] @name) @definition.namespace
(file_scoped_namespace_declaration name: [(identifier) (qualified_name)] @name) @definition.namespace

; A file-scoped namespace holds the declarations after it, which the grammar makes its
; siblings: the namespace is their @scope, so `namespace Geo;` then `class Shape` is
; `Geo.Shape`, nested under the namespace. Listed before the same declarations without it:
; when two patterns capture one node, the first wins.
(compilation_unit
  (file_scoped_namespace_declaration name: (_) @scope)
  [(class_declaration name: (identifier) @name) @definition.class
   (struct_declaration name: (identifier) @name) @definition.struct
   (interface_declaration name: (identifier) @name) @definition.interface
   (enum_declaration name: (identifier) @name) @definition.enum
   (record_declaration name: (identifier) @name) @definition.record
   (delegate_declaration name: (identifier) @name) @definition.type])

; Types, nested ones included (`Outer.Inner`). `record`, `record struct` and `record class` are
; records; a delegate declares a type (a method signature), labelled `delegate`.
(class_declaration name: (identifier) @name) @definition.class
(struct_declaration name: (identifier) @name) @definition.struct
(interface_declaration name: (identifier) @name) @definition.interface
(enum_declaration name: (identifier) @name) @definition.enum
(record_declaration name: (identifier) @name) @definition.record
(delegate_declaration name: (identifier) @name) @definition.type

; Methods, bodyless ones too (interface members, `abstract`, `partial`, `extern`). An explicit
; interface implementation is named with its interface: `IEnumerable.GetEnumerator`, apart
; from the class's own `GetEnumerator` (listed first: when two patterns capture one node, the
; first wins).
(method_declaration
  (explicit_interface_specifier [(identifier) (generic_name) (qualified_name)] @name.iface)
  name: (identifier) @name
  parameters: (parameter_list
    "("
    [(parameter type: (_) @overload) (parameter) "params" (array_type) @overload (identifier)
     (comment) ","]*
    ")")) @definition.method
(method_declaration
  name: (identifier) @name
  parameters: (parameter_list
    "("
    [(parameter type: (_) @overload) (parameter) "params" (array_type) @overload (identifier)
     (comment) ","]*
    ")")) @definition.method

; Constructors, static ones included (`static Shape()`), named after the class.
(constructor_declaration
  name: (identifier) @name
  parameters: (parameter_list
    "("
    [(parameter type: (_) @overload) (parameter) "params" (array_type) @overload (identifier)
     (comment) ","]*
    ")")) @definition.constructor

; Finalizers `~Shape()`, operators `operator +`, conversions `operator int`: methods, named as
; C# writes them.
(destructor_declaration "~" @name.tilde name: (identifier) @name) @definition.method
(operator_declaration
  "operator" @name
  operator: _ @name.op
  parameters: (parameter_list
    "("
    [(parameter type: (_) @overload) (comment) ","]*
    ")")) @definition.method
(conversion_operator_declaration
  "operator" @name
  type: (_) @name.cast
  parameters: (parameter_list
    "("
    [(parameter type: (_) @overload) (comment) ","]*
    ")")) @definition.method

; Properties, and indexers (`this[int i]`, a property named `this`, one per parameter list).
(property_declaration
  (explicit_interface_specifier [(identifier) (generic_name) (qualified_name)] @name.iface)
  name: (identifier) @name) @definition.property
(property_declaration name: (identifier) @name) @definition.property
(indexer_declaration
  "this" @name
  parameters: (bracketed_parameter_list
    "["
    [(parameter type: (_) @overload) (comment) ","]*
    "]")) @definition.property

; Events: `event EventHandler Changed { add ...; remove ...; }` has accessors like a property;
; `event EventHandler Changed;` declares a field of a delegate type.
(event_declaration name: (identifier) @name) @definition.property
(event_field_declaration
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field

; Fields: `const` ones are constants; `int a, b;` is one entity, named after its first variable.
(field_declaration
  (modifier "const")
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.const
(field_declaration
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field

; Enum members are constants of their enum: `Kind.Circle`.
(enum_member_declaration name: (identifier) @name) @definition.const
