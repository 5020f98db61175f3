; YAML: every key of every mapping (block `a: 1` or flow `{a: 1}`) is an entity of kind `key`,
; its value included. Keys nest as the mappings do, so the qualified name is the key path.
; The keys of mappings inside a sequence (a Kubernetes `containers:` list, a GitHub Actions
; `steps:` list) nest under the sequence's key and are told apart by their ordinals. Every
; document of a multi-document file (`---`) starts again at the top level.

; A scalar key is named by the scalar, without an anchor or tag in front of it (`&a key:`).
; A quoted key keeps its quotes: the grammar has no node for the text between them.
(block_mapping_pair
  key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @name)) @definition.key
(flow_pair
  key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @name)) @definition.key

; A complex key (`? [a, b]`, an alias `*a`) is named by its text.
(block_mapping_pair key: (_) @name) @definition.key
(flow_pair key: (_) @name) @definition.key
