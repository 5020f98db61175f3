; EDN (read with the Clojure grammar): every key of every map is an entity of kind `key`, its
; value included (language.toml's `pair_nodes`: the grammar has no node for a pair, so the
; value is the child after the key). Keys nest as the maps do, so the qualified name is the
; key path. The keys of maps inside a vector nest under the vector's key, told apart by
; their ordinals. A key that is itself a collection (rare) is no entity: its pair is part of
; the map's entity.

; The key as written: `:paths`, `org.clojure/clojure`, `"name"`, `1`.
(map_lit [(kwd_lit) (sym_lit) (str_lit) (num_lit) (char_lit) (bool_lit) (nil_lit)] @name @definition.key)
