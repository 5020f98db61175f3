; Markdown (block grammar): a section is an ATX heading (`## Install`) with everything under it
; up to the next heading of the same or a higher level; sections nest by level, so the
; qualified name is the path of headings (`Usage > Options`). The text between a heading and
; its first subheading belongs to the section. The name is the heading's text as written,
; inline markup included (`Usage *fast*`). Text above the first heading belongs to the file.

(section (atx_heading heading_content: (inline) @name)) @definition.section

; A setext heading (a line underlined with `===` or `---`) opens no section in the grammar:
; the entity is the heading alone, and the text under it belongs to the enclosing section.
(setext_heading heading_content: (paragraph (inline) @name)) @definition.section
