; INI: every `[section]` is an entity of kind `section`, named by the text between its
; brackets as written (`testenv:docs`, `remote "origin"`, `*.py`); every `key = value` line is
; a `key`, named by its key, under its section (`metadata.name`). Keys before the first
; section (EditorConfig's `root = true`) are at the top level. A section repeated in one file
; gets one name twice, told apart by ordinals.

(section (section_name (text) @name)) @definition.section
(setting (setting_name) @name) @definition.key
