"""Clojure: source → outline."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from semdiff import extract
from semdiff.languages import detect_language, spec_by_name
from tests.support import cli, entities, extract_outline

SOURCE = """\
(ns geometry.core
  "Shapes and their measures."
  (:require [clojure.string :as str]))

;; Inlined by the compiler.
(def ^:const PI 3.14159)
(def ^{:const true} TAU (* 2 PI))
(def ^:dynamic *precision* 2)
(def ^{:doc "Known shapes."} registry (atom {}))
(defonce counter (atom 0))

(defprotocol Shape
  "Things with an area."
  (area [this] "The area.")
  (perimeter [this]))

(definterface Named (name []))

(defrecord Circle [radius]
  Shape
  (area [_] (* PI radius radius))
  (perimeter [_] (* TAU radius)))

(deftype Square [side])

(defmulti describe "Describes a shape map." :kind)

(defmethod describe :circle [s] (str "circle " (:radius s)))
(defmethod describe [:square :large] [_] "large square")
(defmethod describe :default [_] "shape")

(defmacro with-precision [p & body]
  `(binding [*precision* ~p] ~@body))

(defn round
  "Rounds to the current precision."
  [x]
  (let [scale (Math/pow 10 *precision*)]
    (/ (Math/round (* x scale)) scale)))

(defn- ^String label [shape]
  (str/capitalize (name (:kind shape))))

(deftest round-test
  (is (= 1.23 (round 1.234))))
"""


def test_clojure_outline() -> None:
    assert (
        extract_outline("geometry/core.clj", SOURCE)
        == """\
namespace geometry.core  1-3
const PI  5-6
const TAU  7-7
variable *precision*  8-8
variable registry  9-9
variable counter  10-10
protocol Shape  12-15
interface Named  17-17
record Circle  19-22
type Square  24-24
multimethod describe  26-26
method describe :circle  28-28
method describe [:square :large]  29-29
method describe :default  30-30
macro with-precision  32-33
function round  35-39
function label  41-42
test round-test  44-45
"""
    )


def test_clojure_metadata_is_not_part_of_the_name() -> None:
    source = (
        '(defn ^:private ^{:added "1.2"} #^String shout [s] s)\n'
        "(def ^:private ^:const LIMIT 10)\n"
        "(def ^{:private true :const true} CAP 3)\n"
        "(def ^{:const false} LOOSE 4)\n"
    )
    assert extract_outline("x.clj", source) == (
        "function shout  1-1\nconst LIMIT  2-2\nconst CAP  3-3\nvariable LOOSE  4-4\n"
    )


def test_clojure_def_of_an_fn_is_a_function_shown_as_def() -> None:
    source = (
        "(def parse (fn [s] s))\n"
        '(def ^:private parse2 "Doc." (fn* ([s] s)))\n'
        "(def inc2 #(+ % 2))\n"
        "(def cached (memoize (fn [s] s)))\n"
        "(def table {:fn 1})\n"
        "(def fnil-ish (fnil inc 0))\n"
        "#?(:clj (def now (fn [] 1)))\n"
    )
    assert extract_outline("x.cljc", source) == (
        "function parse  1-1\n"
        "function parse2  2-2\n"
        "function inc2  3-3\n"
        "function cached  4-4\n"
        "variable table  5-5\n"
        "function fnil-ish  6-6\n"
        "function now(:clj)  7-7\n"
    )
    found = entities("x.cljc", source)
    assert found["parse"].label == "def"
    # `memoize` and `fnil` return functions ([query_words] function_makers): shown as `def`.
    assert found["cached"].label == "def"
    assert entities("x.clj", '(def pprint-set (formatter-out "~w"))\n')["pprint-set"].kind == (
        "function"
    )
    assert entities("x.clj", "(def conn (connect db))\n")["conn"].kind == "variable"
    assert entities("x.clj", "(defn parse [s] s)\n")["parse"].label == ""


def test_clojure_defmethods_are_told_apart_by_dispatch_value() -> None:
    source = (
        "(defmethod area :circle [s] 1)\n"
        "(defmethod area :square [s] 2)\n"
        "(defmethod area\n  [:rect   :wide]\n  [s] 3)\n"
        "(defmethod area nil [s] 4)\n"
        "(defmethod shapes/area :circle [s] 5)\n"
    )
    assert extract_outline("x.clj", source) == (
        "method area :circle  1-1\n"
        "method area :square  2-2\n"
        "method area [:rect :wide]  3-5\n"
        "method area nil  6-6\n"
        "method shapes/area :circle  7-7\n"
    )


def test_clojure_comment_directly_above_belongs_to_the_form() -> None:
    source = "(ns a)\n;; Adds one.\n(defn inc1 [x] (inc x))\n(def y 1) ; trailing\n(def z 2)\n"
    assert extract_outline("x.clj", source) == (
        "namespace a  1-1\nfunction inc1  2-3\nvariable y  4-4\nvariable z  5-5\n"
    )


def test_clojure_comment_block_above_belongs_to_the_form() -> None:
    # A `;` comment node ends with its newline (its end point is column 0 of the next row).
    source = "(ns a)\n\n;; Adds one.\n;; Really.\n(defn inc1 [x] (inc x))\n"
    assert extract_outline("x.clj", source) == "namespace a  1-1\nfunction inc1  3-5\n"


def test_clojure_comment_apart_from_the_form_is_not_attached() -> None:
    source = "(ns a)\n\n;;; Section header\n\n(defn inc1 [x] (inc x))\n"
    assert extract_outline("x.clj", source) == "namespace a  1-1\nfunction inc1  5-5\n"


def test_clojure_discarded_commented_and_nested_forms_are_not_entities() -> None:
    source = (
        "#_(defn gone [] 1)\n"
        "#_#_(def a 1) (def b 2)\n"
        "(comment\n  (defn scratch [] 2)\n  (def tmp 3))\n"
        "(let [x 1]\n  (defn closure [] x))\n"
        "(x/def ::id int?)\n"
        "(t/defn qualified [] 1)\n"
        "(defn kept [] (letfn [(helper [] 1)] (helper)))\n"
    )
    assert extract_outline("x.clj", source) == "function kept  10-10\n"


def test_clojure_reader_conditionals_hold_top_level_definitions_told_apart_by_platform() -> None:
    # The platform keyword is the variants' overload: each pairs with its own platform's, and
    # the terminal shows `defn now(:cljs)`.
    source = (
        "(ns a)\n"
        "#?(:clj (defn now [] (System/currentTimeMillis))\n"
        "   :cljs (defn now [] (.now js/Date)))\n"
    )
    assert extract_outline("x.cljc", source) == (
        "namespace a  1-1\nfunction now(:clj)  2-2\nfunction now(:cljs)  3-3\n"
    )


def _hashes(path: str, source: str, name: str) -> tuple[str, str]:
    fingerprint = entities(path, source)[name].fingerprint
    return fingerprint.own_text_hash, fingerprint.own_code_hash


def _docstring_is_a_comment(before: str, after: str, name: str) -> bool:
    old_text, old_code = _hashes("x.clj", before, name)
    new_text, new_code = _hashes("x.clj", after, name)
    return old_text != new_text and old_code == new_code


def test_clojure_docstrings_are_comments() -> None:
    assert _docstring_is_a_comment(
        '(defn f\n  "Old."\n  [x]\n  x)\n', '(defn f\n  "New."\n  [x]\n  x)\n', "f"
    )
    assert _docstring_is_a_comment('(ns a "Old.")\n', '(ns a "New.")\n', "a")
    assert _docstring_is_a_comment('(def x "Old." 1)\n', '(def x "New." 1)\n', "x")
    assert _docstring_is_a_comment('(def ^{:doc "Old."} x 1)\n', '(def ^{:doc "New."} x 1)\n', "x")
    assert _docstring_is_a_comment(
        '(defn f {:doc "Old."} [x] x)\n', '(defn f {:doc "New."} [x] x)\n', "f"
    )
    assert _docstring_is_a_comment('(defmulti m "Old." :k)\n', '(defmulti m "New." :k)\n', "m")
    assert _docstring_is_a_comment(
        '(defprotocol P (m [this] "Old."))\n', '(defprotocol P (m [this] "New."))\n', "P"
    )


def test_clojure_strings_that_are_values_are_code() -> None:
    # `(def x "text")` has no docstring: the string is the value.
    assert not _docstring_is_a_comment('(def x "old")\n', '(def x "new")\n', "x")
    # A string after the parameters is the return value.
    assert not _docstring_is_a_comment('(defn f [] "old")\n', '(defn f [] "new")\n', "f")


def test_clojure_discarded_forms_are_comments() -> None:
    assert _docstring_is_a_comment(
        "(defn f [x]\n  #_(prn x)\n  x)\n", "(defn f [x]\n  #_(prn :x x)\n  x)\n", "f"
    )


def test_clojure_regex_literal_is_one_token() -> None:
    old = entities("x.clj", '(def re #"a+")\n')["re"].fingerprint
    new = entities("x.clj", '(def re #"b+")\n')["re"].fingerprint
    assert old.own_code_hash != new.own_code_hash


def test_clojure_splicing_reader_conditionals_hold_top_level_definitions() -> None:
    source = (
        "#?@(:clj [(defn now [] 1)\n"
        "          (defn- helper [] 2)]\n"
        "    :cljs [(defn now [] 3)])\n"
        "(let [x 1] #?@(:clj [(defn hidden [] x)]))\n"
    )
    assert extract_outline("x.cljc", source) == (
        "function now(:clj)  1-1\nfunction helper(:clj)  2-2\nfunction now(:cljs)  3-3\n"
    )


def test_clojure_only_forms_right_after_a_platform_keyword_are_read_conditionally() -> None:
    # `top_level` and `[variant_keys]` in language.toml: a form in a reader conditional is a
    # definition only right after its keyword (a comment or `#_` between, as the query's
    # anchor had it, leaves it out), never deeper (a vector of a plain reader conditional, a
    # reader conditional in one); `ns` counts only directly in the file.
    source = (
        "#?(:clj (ns in.conditional))\n"
        "#?(:clj ;; c\n   (defn after-comment [] 1))\n"
        "#?(:clj (defn a [] 1) (defn no-keyword [] 2))\n"
        "#?(:clj [(defn in-vector [] 1)])\n"
        "#?(:clj #?(:clj (defn nested [] 1)))\n"
        "#?@(:clj ;; c\n    [(defn spliced-after-comment [] 1)])\n"
        "#?@(:clj [[(defn deeper [] 1)]])\n"
        "#?(:clj #_(x) :cljs (defn b [] 1))\n"
        "[(defn top-vector [] 1)]\n"
    )
    assert extract_outline("x.cljc", source) == "function a(:clj)  4-4\nfunction b(:cljs)  10-10\n"


def test_clojure_protocol_extensions_are_keyed_by_protocol_and_type() -> None:
    source = (
        "(extend-protocol Coercions\n  nil\n  (as-file [_] nil))\n"
        "(extend-protocol p/Datafiable nil (datafy [_] nil))\n"
        "(extend-type String P (m [s] s))\n"
        "(extend nil JSONWriter {:-write write-null})\n"
        "(extend java.util.UUID JSONWriter {:-write write-uuid})\n"
    )
    found = entities("x.clj", source)
    assert extract_outline("x.clj", source) == (
        "impl Coercions  1-3\n"
        "impl p/Datafiable  4-4\n"
        "impl String P  5-5\n"
        "impl nil JSONWriter  6-6\n"
        "impl java.util.UUID JSONWriter  7-7\n"
    )
    assert [found[name].label for name in ("Coercions", "String P", "nil JSONWriter")] == [
        "extend-protocol",
        "extend-type",
        "extend",
    ]


def test_clojure_definline_and_library_definition_macros() -> None:
    source = (
        "(definline bytes [xs] `(. clojure.lang.Numbers bytes ~xs))\n"
        "(defspec sort-is-idempotent 100 (prop/for-all [v (gen/vector gen/int)] true))\n"
        "(defstate conn :start (connect) :stop (.close conn))\n"
        '(defroutes app (GET "/" [] "ok"))\n'
        "(s/def ::id int?)\n"
        "(s/fdef parse :args (s/cat :s string?))\n"
        '(>defn add "Adds." [a b] [int? int? => int?] (+ a b))\n'
        "(defstatex not-listed 1)\n"
    )
    found = entities("x.clj", source)
    assert extract_outline("x.clj", source) == (
        "function bytes  1-1\n"
        "test sort-is-idempotent  2-2\n"
        "variable conn  3-3\n"
        "variable app  4-4\n"
        "type ::id  5-5\n"
        "type parse  6-6\n"
        "function add  7-7\n"
    )
    assert [found[name].label for name in ("bytes", "sort-is-idempotent", "::id", "add")] == [
        "definline",
        "defspec",
        "s/def",
        ">defn",
    ]
    assert _docstring_is_a_comment(
        '(>defn f "Old." [x] [int? => int?] x)\n', '(>defn f "New." [x] [int? => int?] x)\n', "f"
    )


def test_clojure_definition_macros_under_the_files_aliases() -> None:
    """A macro listed with its namespace is a definition under the alias the file requires
    that namespace as, in its `ns` form or a `require` call; not under another alias."""
    source = (
        "(ns app.specs\n"
        "  (:require [clojure.spec.alpha :as sp]\n"
        "            [mount.core :refer [defstate] :as m]))\n"
        "(require '[compojure.core :as-alias cc])\n"
        "(sp/def ::id int?)\n"
        "(sp/fdef parse :args (sp/cat :s string?))\n"
        "(m/defstate conn :start (connect))\n"
        "(cc/defroutes app)\n"
        "(other/def ::x 1)\n"
        "(defn f [[a b :as all]] all)\n"
    )
    assert extract_outline("x.clj", source) == (
        "namespace app.specs  1-3\n"
        "type ::id  5-5\n"
        "type parse  6-6\n"
        "variable conn  7-7\n"
        "variable app  8-8\n"
        "function f  10-10\n"
    )
    assert entities("x.clj", source)["::id"].label == "sp/def"


def test_clojure_definition_macros_from_the_users_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A library's macro, or an alias the spec does not list, is a definition once the user's
    config adds it to the list of its kind."""
    source = "(sp/def ::id int?)\n(defhandler ping [req] :pong)\n"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert extract_outline("x.clj", source) == ""
    (tmp_path / "semdiff").mkdir()
    (tmp_path / "semdiff" / "config.toml").write_text(
        '[query_words.clojure]\ntype_macros = ["sp/def"]\nfunction_macros = ["defhandler"]\n',
        encoding="utf-8",
    )
    assert extract_outline("x.clj", source) == "type ::id  1-1\nfunction ping  2-2\n"
    assert entities("x.clj", source)["ping"].label == "defhandler"
    # The spec's own words still count.
    assert extract_outline("x.clj", "(s/def ::id int?)\n") == "type ::id  1-1\n"


def test_clojure_private_definitions_are_marked() -> None:
    source = (
        "(defn- a [x] x)\n"
        "(defn ^:private b [x] x)\n"
        '(def ^{:private true :doc "B."} c 1)\n'
        "(defn d [x] (let [^:private y x] y))\n"
        "(def ^{:private false} e 1)\n"
    )
    found = entities("x.clj", source)
    assert {name: found[name].private for name in "abcde"} == {
        "a": True,
        "b": True,
        "c": True,
        "d": False,
        "e": False,
    }
    # `defn-` stands for `defn` in the code compared for a visibility change alone.
    public = entities("x.clj", "(defn a [x] x)\n")["a"].fingerprint
    assert found["a"].fingerprint.own_public_hash == public.own_public_hash
    assert found["a"].fingerprint.own_code_hash != public.own_code_hash


def test_clojure_dispatch_value_is_masked_like_the_name() -> None:
    old = entities("x.clj", "(defmethod area :circle [s] (* 2 s))\n")["area :circle"]
    new = entities("x.clj", "(defmethod area :round [s] (* 2 s))\n")["area :round"]
    assert (old.dispatch, new.dispatch) == (":circle", ":round")
    assert old.fingerprint.body_hash == new.fingerprint.body_hash
    assert old.fingerprint.own_text_hash == new.fingerprint.own_text_hash


def test_babashka_scripts_are_clojure_by_extension_or_interpreter() -> None:
    """A babashka script is Clojure: `.bb`, or a `#!/usr/bin/env bb` line on a file without
    an extension (a `bin/release` task); the `#!` line is no definition's doc."""
    script = """\
#!/usr/bin/env bb
(require '[babashka.process :refer [shell]])

(defn current-version []
  (slurp "resources/VERSION"))

(defn -main [& _args]
  (shell "git" "tag" (str "v" (current-version))))
"""
    assert detect_language("tasks/release.bb") == "clojure"
    assert detect_language("bin/release", b"#!/usr/bin/env bb\n") == "clojure"
    assert detect_language("bb.edn") == "edn"
    expected = "function current-version  4-5\nfunction -main  7-8\n"
    assert extract_outline("bin/release", script) == expected
    assert extract_outline("release.bb", script) == expected


def test_clojure_definitions_in_a_top_level_do_are_top_level() -> None:
    """encore groups definitions in `(do ...)`: Clojure evaluates its forms as top-level
    forms. Not in `(comment ...)`, `let` or a `do` nested in another form."""
    source = """\
(do
  (defn a [] 1)
  ;; The second.
  (def b 2))
(comment (defn c [] 3))
(let [x 1] (defn d [] x))
(when true (do (defn e [] 1)))
#?(:clj (do (defn f [] 1)) :cljs (do (defn f [] 2)))
"""
    assert extract_outline("x.cljc", source) == (
        "function a  2-2\nvariable b  3-4\nfunction f(:clj)  8-8\nfunction f(:cljs)  8-8\n"
    )


def test_clojure_old_meta_syntax_keeps_the_files_definitions() -> None:
    """Before 1.0, `^v` read as `(meta v)`: `(:ns ^v)` is metadata with nothing to attach to
    now, and tree-sitter gave the whole file an ERROR root (no entity). Such a `^` is read as
    a space where the file has errors (`error_masks`)."""
    assert extract_outline("x.clj", OLD_META) == (
        "namespace x  1-1\nfunction a  3-3\nfunction print-doc  5-8\nfunction b  10-10\n"
    )


def test_clojure_definitions_under_an_error_root_stay_entities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the masks do not mend: the forms the parser still read under an ERROR root (or
    an ERROR node at the top) keep their definitions; the one holding the error is lost."""
    spec = replace(spec_by_name("clojure"), error_masks=())
    monkeypatch.setattr(extract, "spec_by_name", lambda name: spec)
    assert extract_outline("x.clj", OLD_META) == (
        "namespace x  1-1\nfunction a  3-3\nfunction b  10-10\n"
    )


OLD_META = """\
(ns x)

(defn a [] 1)

(defn print-doc [v]
  (println (str (ns-name (:ns ^v)) "/" (:name ^v)))
  (when (:macro ^v) (println "Macro"))
  (println " " (:doc ^v)))

(defn b [] 2)
"""


@pytest.mark.parametrize(
    ("old", "new", "flags"),
    [
        ("(defn f [^String s] (count s))", "(defn f [^CharSequence s] (count s))", "signature"),
        (
            '(defn f "Doc." {:added "1"} [x] (inc x))',
            '(defn f "Doc." {:added "1"} [x y] (inc x))',
            "signature",
        ),
        ("(defn f [x] (inc x))", "(defn f [x] (dec x))", "body"),
        # The dispatch value, a vector here, comes before the parameters.
        (
            "(defmethod area [:sq :big] [s] (* s s))",
            "(defmethod area [:sq :big] [s t] (* s s))",
            "signature",
        ),
        (
            "(defmethod area [:sq :big] [s] (* s s))",
            "(defmethod area [:sq :big] [s] (+ s s))",
            "body",
        ),
        # Schema's return schema, a vector here, comes before the parameters.
        (
            "(s/defn f :- [s/Str] [x :- s/Int] (str x))",
            "(s/defn f :- [s/Str] [x :- s/Int y] (str x))",
            "signature",
        ),
        (
            "(s/defn f :- [s/Str] [x :- s/Int] (str x))",
            "(s/defn f :- [s/Str] [x :- s/Int] (pr-str x))",
            "body",
        ),
    ],
)
def test_clojure_parameters_and_type_hints_are_the_signature(
    tmp_path: Path, old: str, new: str, flags: str
) -> None:
    (tmp_path / "a.clj").write_text(old + "\n", encoding="utf-8")
    (tmp_path / "b.clj").write_text(new + "\n", encoding="utf-8")
    document = json.loads(cli("a.clj", "b.clj", "--format", "json", cwd=tmp_path).stdout)
    (entity,) = [e for e in document["entities"] if e["kind"] != "module"]
    assert entity["flags"] == [f"{flags}_changed"]
