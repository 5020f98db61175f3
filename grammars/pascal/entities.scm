; Pascal (Isopod/tree-sitter-pascal: Free Pascal and Delphi). Entities are the unit, program or
; library; its types (classes, objects, records, interfaces, helpers, enumerations, other
; types) with their fields, properties and methods; procedures and functions, declared in the
; interface section and defined in the implementation; constants and variables. A method
; defined outside its class (`function TShape.GetName: string;`) belongs to that class: its
; `TShape` is the scope. The word shown is the declaration's own keyword (`procedure`,
; `function`, `constructor`, `destructor`, `class`, `record`, `object`, `interface`).

[(unit (moduleName) @name)
 (program (moduleName) @name)
 (library (moduleName) @name)] @definition.namespace

; Overloads (`procedure Reset(X: Integer); overload;`) are named by their parameters' types; a
; declaration the pattern does not read (untyped `const X` parameters) falls to the pattern
; after, which names it alone.

; Methods defined in the implementation section: `constructor TShape.Create(...)`.
(defProc
  header: (declProc
    . [(kConstructor) @label]
    name: (genericDot lhs: (_) @scope rhs: (_) @name)
    args: (declArgs "(" [(declArg type: (_) @overload) ";"]* ")"))
  body: (_) @body) @definition.constructor
(defProc
  header: (declProc
    . [(kConstructor) @label]
    name: (genericDot lhs: (_) @scope rhs: (_) @name))
  body: (_) @body) @definition.constructor
(defProc
  header: (declProc
    . [(kProcedure) (kFunction) (kDestructor) (kOperator)] @label
    name: (genericDot lhs: (_) @scope rhs: (_) @name)
    args: (declArgs "(" [(declArg type: (_) @overload) ";"]* ")"))
  body: (_) @body) @definition.method
(defProc
  header: (declProc
    . (_)? @label
    name: (genericDot lhs: (_) @scope rhs: (_) @name))
  body: (_) @body) @definition.method

; Procedures and functions defined in the implementation section (or a program).
(defProc
  header: (declProc
    . [(kProcedure) (kFunction) (kOperator)] @label
    name: (_) @name
    args: (declArgs "(" [(declArg type: (_) @overload) ";"]* ")"))
  body: (_) @body) @definition.function
(defProc
  header: (declProc
    . (_)? @label
    name: (_) @name)
  body: (_) @body) @definition.function

; Declarations: in a class, record or interface (methods, constructors) or in a unit's
; interface section (functions).
(declProc
  . (kConstructor) @label
  name: (_) @name
  args: (declArgs "(" [(declArg type: (_) @overload) ";"]* ")")) @definition.constructor
(declProc . (kConstructor) @label name: (_) @name) @definition.constructor
(declProc
  . [(kProcedure) (kFunction) (kDestructor) (kOperator)] @label
  name: (_) @name
  args: (declArgs "(" [(declArg type: (_) @overload) ";"]* ")")) @definition.function
(declProc . (_)? @label name: (_) @name) @definition.function

(declProp name: (_) @name) @definition.property
(declField . name: (_) @name . name: (_) @name.n2 . name: (_) @name.n3) @definition.field
(declField . name: (_) @name . name: (_) @name.n2) @definition.field
(declField . name: (_) @name) @definition.field

; Types: `TShape = class(TObject) ... end;`, `TPoint = record ... end;`, `TOld = object`,
; `IDrawable = interface`, `TStrHelper = type helper for string`, enumerations, the rest.
(declType name: (_) @name type: (declClass . [(kClass) (kObject)] @label)) @definition.class
(declType name: (_) @name type: (declClass . (kPacked)? . (kRecord) @label)) @definition.record
(declType name: (_) @name type: (declClass)) @definition.class
(declType name: (_) @name type: (declIntf)) @definition.interface
(declType name: (_) @name type: (declHelper)) @definition.class
(declType name: (_) @name type: (type (declEnum))) @definition.enum
(declType name: (_) @name) @definition.type

(declConst name: (_) @name) @definition.const
(declVar . name: (_) @name . name: (_) @name.n2 . name: (_) @name.n3) @definition.variable
(declVar . name: (_) @name . name: (_) @name.n2) @definition.variable
(declVar . name: (_) @name) @definition.variable
