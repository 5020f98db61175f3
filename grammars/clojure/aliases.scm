; The aliases a file gives namespaces: `(:require [clojure.spec.alpha :as sp])` in its `ns`
; form, `(require '[mount.core :as-alias m])`. A definition macro listed in language.toml
; with its namespace (`clojure.spec.alpha/def`) is then also a definition under the file's
; alias (`sp/def`). A destructuring vector (`[x y :as all]`) matches too; its "namespace" is
; a local name, which no list holds.
((vec_lit
   .
   (sym_lit !namespace name: (sym_name) @alias.namespace)
   (kwd_lit name: (kwd_name) @_as)
   .
   (sym_lit !namespace name: (sym_name) @alias.name))
 (#any-of? @_as "as" "as-alias"))
