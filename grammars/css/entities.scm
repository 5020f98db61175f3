; CSS: a rule set is an entity of kind `rule`, named by its selectors as written (`.btn,
; .btn-primary:hover > a`). An at-rule with a condition and a block of rule sets is a section,
; shown with its keyword (`@label`) and named by its condition: `@media (max-width: 600px)`,
; `@supports (display: grid)`, `@container (min-width: 400px)`, `@layer base`. `@keyframes
; spin` is a section of keyframe rules (`from`, `to`, `50%`). An at-rule with a block and no
; condition (`@font-face`) is a rule named by its keyword. Declarations are lines of their
; rule; `@import`, `@charset` and `@namespace` are lines of the file.

(rule_set (selectors) @name) @definition.rule

; `@media print, (prefers-reduced-motion: reduce)`: the first and the last condition.
; The keyword is the statement's first child, an anonymous token (`_`).
(media_statement . _ @label . (_) @name (_) @name.more . (block)) @definition.section
(media_statement . _ @label . (_) @name) @definition.section
(supports_statement . _ @label . (_) @name) @definition.section
(at_rule
  (at_keyword) @label
  .
  [(keyword_query) (feature_query) (binary_query) (parenthesized_query) (unary_query)
   (selector_query)] @name
  (block)) @definition.section
(keyframes_statement . _ @label (keyframes_name) @name) @definition.section
(keyframe_block . (_) @name) @definition.rule

(at_rule . (at_keyword) @name . (block)) @definition.rule
