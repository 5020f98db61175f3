; JSON: every key of every object is an entity of kind `key`, its value included. Keys nest as
; the objects do, so the qualified name is the key path (`scripts.test`). The keys of objects
; inside an array nest under the array's key (`contributors.name`), told apart by their
; ordinals: array elements have no names.

; `"name": ...` is named `name`. The anchors make the string exactly one piece of content:
; a key with an escape sequence (`"a\"b"`) or an empty key (`""`) falls to the next pattern.
(pair key: (string . (string_content) @name .)) @definition.key
; The key as written, quotes included.
(pair key: (string) @name) @definition.key
