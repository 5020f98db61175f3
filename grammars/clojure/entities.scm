; Clojure (sogaiu/tree-sitter-clojure). A definition is a top-level list whose head is a
; defining symbol: `(defn name ...)`. Top level means directly in the file, or directly in a
; reader conditional there (`#?(:clj (defn f ...) :cljs (defn f ...))` in .cljc), or in the
; vector a splicing one reads (`#?@(:clj [(defn f ...) (defn g ...)])`). Forms inside
; `(comment ...)`, function bodies or `#_` discards are not definitions.
; The patterns match a definition form wherever it is: where it is an entity, and its
; platform keyword (`:clj`, the overload), come from language.toml's `top_level` and
; `[variant_keys]`. Writing each pattern once per place (under `source`, a reader conditional,
; a splicing one's vector) tripled the query and its compile time, paid on every run.
; clojure.core's heads must not be namespace-qualified (`t/defn` belongs to a library); the
; definition macros of libraries are listed in language.toml ([query_words]), qualified as
; code usually writes them (`s/def`). The name is the symbol's `sym_name`, without its
; metadata (`^:private`, `^{:doc "..."}`, `#^String`).

; `ns` only directly in the file: the namespace of the forms after it.
(source
  (list_lit
    .
    (sym_lit !namespace name: (sym_name) @_head)
    .
    (sym_lit name: (sym_name) @name)
    (#eq? @_head "ns")) @definition.namespace)

; `(def parse (fn [s] ...))` is a function: Clojure compiles it as `defn` does (`defn` is a
; macro for it), so it pairs with a `defn` of the same code. `fn*` is what `fn` expands to,
; `#(...)` is `fn` read. `@label` keeps `def` as the word shown, so that `def f → defn f`
; reads as the change it is. A docstring may come first.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @label)
   .
   (sym_lit name: (sym_name) @name)
   .
   (str_lit)?
   .
   [(list_lit . (sym_lit !namespace name: (sym_name) @_fn)) (anon_fn_lit) @_fn]
   .) @definition.function
 (#eq? @label "def")
 (#match? @_fn "^(fn|fn\\*)$|^#\\("))

; `(def pprint-set (formatter-out "~<#{...}~:>"))`, `(def f (partial g 1))`: a def of a call
; to a function that returns a function (language.toml's `function_makers`: `partial`, `comp`,
; `memoize`, clojure.pprint's `formatter-out`...) is a function too: callers call it, and
; clojure.pprint rewrote pprint-set that way as `(defn- pprint-set [aset] ...)`. A call to
; anything else stays a variable: what it returns is not known from the text.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @label)
   .
   (sym_lit name: (sym_name) @name)
   .
   (str_lit)?
   .
   (list_lit . (sym_lit) @_maker)
   .) @definition.function
 (#eq? @label "def")
 (#any-of? @_maker {{function_makers}}))

; `(def ^:const PI 3.14)`: the compiler inlines the value, so it is a constant. Listed before
; plain `def`: when two patterns capture one node, the first pattern wins.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit
     (meta_lit value: (kwd_lit name: (kwd_name) @_const))
     name: (sym_name) @name)) @definition.const
 (#eq? @_head "def")
 (#eq? @_const "const"))
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit
     (meta_lit value: (map_lit (kwd_lit name: (kwd_name) @_const) . (bool_lit) @_true))
     name: (sym_name) @name)) @definition.const
 (#eq? @_head "def")
 (#eq? @_const "const")
 (#eq? @_true "true"))

; Any other var is a variable: it can be redefined, rebound (`^:dynamic`) or altered.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.variable
 (#any-of? @_head "def" "defonce"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.function
 (#any-of? @_head "defn" "defn-"))

; `definline` is a function the compiler may also inline: shown as written.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @label)
   .
   (sym_lit name: (sym_name) @name)) @definition.function
 (#eq? @label "definline"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.macro
 (#eq? @_head "defmacro"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.multimethod
 (#eq? @_head "defmulti"))

; `(defmethod area :circle ...)` is `area :circle`, so that the methods of one multimethod are
; told apart by their dispatch values (any form: `:default`, `[:a :b]`, `String`).
; `(defmethod shapes/area :circle ...)` keeps the namespace: `shapes/area :circle`.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit namespace: (sym_ns)? @name.ns name: (sym_name) @name)
   .
   (_) @name.dispatch) @definition.method
 (#eq? @_head "defmethod"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.protocol
 (#eq? @_head "defprotocol"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.interface
 (#eq? @_head "definterface"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.record
 (#eq? @_head "defrecord"))

; A deftype is a bare JVM/JS type: fields and protocol implementations, no inheritance.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.type
 (#eq? @_head "deftype"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit name: (sym_name) @name)) @definition.test
 (#eq? @_head "deftest"))

; Implementations of a protocol outside a type, shown as written (`@label`). An
; `(extend-protocol P TypeA (m [x] ...) TypeB ...)` is the protocol's: `extend-protocol P`
; (the name keeps its namespace, `p/Datafiable`: one file may extend two protocols of one
; name). `(extend-type T P ...)` and `(extend T P {...})` are the type's, with the first
; protocol: `extend String IOFactory`, since one file often extends many types with one
; protocol and one type with several (`(extend nil JSONWriter ...)`).
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @label)
   .
   (sym_lit) @name) @definition.impl
 (#eq? @label "extend-protocol"))

((list_lit
   .
   (sym_lit !namespace name: (sym_name) @label)
   .
   (_) @name
   .
   (sym_lit) @name.protocol) @definition.impl
 (#any-of? @label "extend-type" "extend"))

; Definition macros of libraries, listed by kind in language.toml ([query_words]): the head
; is matched as written, with its alias (`s/def`), and shown as the label. The name is a
; symbol, with its namespace (`(s/fdef clojure.core/let ...)`), or for a spec a keyword
; (`(s/def ::id int?)`).
((list_lit
   .
   (sym_lit) @label
   .
   [(sym_lit namespace: (sym_ns)? @name.ns name: (sym_name) @name)
    (kwd_lit) @name]) @definition.function
 (#any-of? @label {{function_macros}}))

((list_lit
   .
   (sym_lit) @label
   .
   [(sym_lit namespace: (sym_ns)? @name.ns name: (sym_name) @name)
    (kwd_lit) @name]) @definition.variable
 (#any-of? @label {{variable_macros}}))

((list_lit
   .
   (sym_lit) @label
   .
   [(sym_lit namespace: (sym_ns)? @name.ns name: (sym_name) @name)
    (kwd_lit) @name]) @definition.type
 (#any-of? @label {{type_macros}}))

((list_lit
   .
   (sym_lit) @label
   .
   [(sym_lit namespace: (sym_ns)? @name.ns name: (sym_name) @name)
    (kwd_lit) @name]) @definition.test
 (#any-of? @label {{test_macros}}))

; Docstrings, compared as comments. A string right after the name is a docstring when a form
; follows it (`(def x "text")` is a string value, `(defn f [] "text")` a return value).
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit)
   .
   (str_lit) @doc
   .
   (_))
 (#any-of? @_head "defn" "defn-" "definline" "defmacro" "defmulti" "def"))
; The function macros of libraries take a docstring where `defn` does (`>defn`, `defnk`).
((list_lit
   .
   (sym_lit) @_head
   .
   (sym_lit)
   .
   (str_lit) @doc
   .
   (_))
 (#any-of? @_head {{function_macros}}))
; `ns` and `defprotocol` may end with their docstring.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit)
   .
   (str_lit) @doc)
 (#any-of? @_head "ns" "defprotocol"))
; A protocol method's docstring ends its signature: `(area [this] "The area.")`.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   (list_lit . (sym_lit) (vec_lit) (str_lit) @doc .))
 (#eq? @_head "defprotocol"))
; `^{:doc "..."}` on a name.
((sym_lit
   (meta_lit value: (map_lit (kwd_lit name: (kwd_name) @_key) . (str_lit) @doc)))
 (#eq? @_key "doc"))
; `(defn f {:doc "..."} [x] ...)`: the attribute map, before the parameters.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @_head)
   .
   (sym_lit)
   .
   (str_lit)?
   .
   (map_lit (kwd_lit name: (kwd_name) @_key) . (str_lit) @doc)
   .
   (_))
 (#any-of? @_head "defn" "defn-" "defmacro" "defmulti")
 (#eq? @_key "doc"))

; What makes a definition private, each belonging to the definition that holds it: the
; `defn-` head, and `^:private` or `^{:private true}` on the name.
((list_lit
   .
   (sym_lit !namespace name: (sym_name) @private))
 (#eq? @private "defn-"))
((list_lit
   .
   (sym_lit)
   .
   (sym_lit (meta_lit value: (kwd_lit name: (kwd_name) @_key)) @private))
 (#eq? @_key "private"))
((list_lit
   .
   (sym_lit)
   .
   (sym_lit
     (meta_lit value: (map_lit (kwd_lit name: (kwd_name) @_key) . (bool_lit) @_true)) @private))
 (#eq? @_key "private")
 (#eq? @_true "true"))

; Where the body starts: the form after the parameter vector (`defn`, `defmacro`, `defmethod`)
; or the field vector (`defrecord`, `deftype`). What comes before it is the signature, type
; hints included (`[^String s]`, `(defn ^long f`), so that their edit is `signature changed`
; rather than `body changed`. The vector is the one right after the name, its docstring and
; attribute map, a method's dispatch value (which may be a vector: `[:square :big]`), or a
; return schema (`(s/defn f :- [s/Str] [x] ...)`). A definition of several arities
; (`(defn f ([x] ...) ([x y] ...))`) has no such vector: all of it is its body.
((list_lit
   .
   (sym_lit) @_head
   .
   (sym_lit)
   .
   (str_lit)?
   .
   (map_lit)?
   .
   (vec_lit)
   .
   (_) @body)
 (#any-of? @_head "defn" "defn-" "definline" "defmacro" "defrecord" "deftype"
  {{function_macros}}))
((list_lit
   .
   (sym_lit) @_head
   .
   (sym_lit)
   .
   (_)
   .
   (vec_lit)
   .
   (_) @body)
 (#eq? @_head "defmethod"))
((list_lit
   .
   (sym_lit) @_head
   .
   (sym_lit)
   .
   (kwd_lit) @_returns
   .
   (_)
   .
   (str_lit)?
   .
   (map_lit)?
   .
   (vec_lit)
   .
   (_) @body)
 (#any-of? @_head {{function_macros}})
 (#eq? @_returns ":-"))
