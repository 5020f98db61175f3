; Solidity (JoranHonig/tree-sitter-solidity). Entities are the file-level definitions and the
; members of contracts, interfaces and libraries. Local variables are part of their function;
; struct members and enum values are part of their type.
;
; Kinds (the vocabulary has no word for some Solidity definitions; the label shows Solidity's):
;   contract (abstract too)  class "contract"      interface  interface
;   library                  namespace "library": a library holds no state, is never
;                            instantiated or inherited; its functions are called through its
;                            name (`Math.max`) or attached with `using`
;   struct, enum             struct, enum           `type P is uint128`  type
;   event                    record "event": a logged record of typed fields
;   error                    object "error": no closer kind; it pairs with the other types
;   function                 function (file level), method (member), labelled "function"
;   constructor              constructor, named `constructor`
;   fallback, receive        method, named `fallback` / `receive`
;   modifier                 macro "modifier": its body is inlined into the functions it
;                            modifies, at `_;`
;   state variable           field "variable"; `constant` ones and file-level constants const
;
; Overloads: a function's and an event's `@overload` are its parameter types, so that
; `safeMint(address)` and `safeMint(address, bytes)` are two entities, while renaming a
; parameter or changing its data location (`memory`, `calldata`) keeps the key. Return types
; are not part of a Solidity signature. The parameters are matched as one repetition between
; "(" and ")": a bare `(parameter)*` reports one match per parameter.

(contract_body
  (function_definition
    name: (identifier) @name
    "("
    [(parameter type: (_) @overload) (comment) ","]*
    ")") @definition.method)
(source_file
  (function_definition
    name: (identifier) @name
    "("
    [(parameter type: (_) @overload) (comment) ","]*
    ")") @definition.function)

(constructor_definition "constructor" @name) @definition.constructor
(fallback_receive_definition ["fallback" "receive"] @name) @definition.method
(modifier_definition name: (identifier) @name) @definition.macro

(contract_declaration name: (identifier) @name) @definition.class
(interface_declaration name: (identifier) @name) @definition.interface
(library_declaration name: (identifier) @name) @definition.namespace
(struct_declaration name: (identifier) @name) @definition.struct
(enum_declaration name: (identifier) @name) @definition.enum
(user_defined_type_definition name: (identifier) @name) @definition.type

(event_definition
  name: (identifier) @name
  "("
  [(event_parameter type: (_) @overload) (comment) ","]*
  ")") @definition.record
(error_declaration name: (identifier) @name) @definition.object

; `uint256 public constant DECIMALS = 18;` before other state variables: when two patterns
; capture one node, the first wins. `immutable` ones are assigned in the constructor: state.
(state_variable_declaration "constant" name: (identifier) @name) @definition.const
(state_variable_declaration name: (identifier) @name) @definition.field
(constant_variable_declaration name: (identifier) @name) @definition.const
