; WGSL. Entities are a shader module's declarations: functions (`fn`, entry points with their
; `@vertex`/`@fragment`/`@compute` attributes included), structs, module-scope variables
; (`var<uniform>`, `var<storage, read_write>`, `var<private>`, textures and samplers), constants
; (`const`, `override`) and type aliases. What a function body declares (`let`, `var`) is part
; of it: those are statements of another node type, so no pattern sees them. A struct's members
; are part of it. WGSL has no overloading of user functions: a name is a key.
;
; The grammar is an early WGSL's, from before `const` and `alias` (2022): it knows module-scope
; `let` and `override` constants and `type` aliases. A module-scope `const NAME ...` or
; `alias NAME = ...` of today's WGSL is an ERROR node directly in the file whose first two
; children are the keyword and the name, read here as a constant or an alias all the same
; (the ERROR spans the declaration up to its `;`). One after an attribute (`@export const`, a
; preprocessor's extension) is swallowed by the next function and is no entity.

(function_declaration name: (identifier) @name) @definition.function

(struct_declaration name: (identifier) @name) @definition.struct

(type_alias_declaration "type" @label (identifier) @name) @definition.type
((source_file (ERROR . (identifier) @label . (identifier) @name) @definition.type)
 (#eq? @label "alias"))

(global_variable_declaration
  (variable_declaration (variable_identifier_declaration name: (identifier) @name))) @definition.variable

(global_constant_declaration
  ["let" "override"] @label
  [(variable_identifier_declaration name: (identifier) @name) (identifier) @name]) @definition.const
((source_file (ERROR . (identifier) @label . (identifier) @name) @definition.const)
 (#eq? @label "const"))
