"""EDN: source → outline. Entities are map keys, named by their key path (the Clojure grammar
reads EDN: a map's children alternate key and value, with no node for a pair)."""

from __future__ import annotations

from semdiff.languages import detect_language
from tests.support import entities, extract_outline

# Modelled on core.async's and core.cache's deps.edn (Debian source packages), with a
# babashka-style vector of task maps.
SOURCE = """\
;; Run the tests with: clj -X:test
{:paths ["src/main/clojure"]
 :deps
 {org.clojure/tools.analyzer.jvm {:mvn/version "1.2.2"}
  #_org.clojure/clojure #_{:mvn/version "1.11.1"}}
 :aliases
 {:cljs-test {:extra-deps {org.clojure/clojurescript {:mvn/version "1.10.597"}}
              :extra-paths ["src/test/cljs"]}
  ;; The runner reads :dirs.
  :test {:exec-fn cognitect.test-runner.api/test
         :exec-args {:dirs ["src/test/clojure"] :patterns [".*-test$"]}}}
 :tasks [{:name "lint" :doc :clj-kondo}
         {:name "test"}]}
"""


def test_edn_outline() -> None:
    assert (
        extract_outline("deps.edn", SOURCE)
        == """\
key :paths  2-2
key :deps  3-5
  key :deps org.clojure/tools.analyzer.jvm  4-4
    key :deps org.clojure/tools.analyzer.jvm :mvn/version  4-4
key :aliases  6-11
  key :aliases :cljs-test  7-8
    key :aliases :cljs-test :extra-deps  7-7
      key :aliases :cljs-test :extra-deps org.clojure/clojurescript  7-7
        key :aliases :cljs-test :extra-deps org.clojure/clojurescript :mvn/version  7-7
    key :aliases :cljs-test :extra-paths  8-8
  key :aliases :test  9-11
    key :aliases :test :exec-fn  10-10
    key :aliases :test :exec-args  11-11
      key :aliases :test :exec-args :dirs  11-11
      key :aliases :test :exec-args :patterns  11-11
key :tasks  12-13
  key :tasks :name  12-12
  key :tasks :doc  12-12
  key :tasks :name  13-13
"""
    )


def test_edn_a_key_spans_its_value_and_nests_by_key_path() -> None:
    found = entities("deps.edn", SOURCE)
    version = found[":deps org.clojure/tools.analyzer.jvm :mvn/version"]
    assert version.name == ":mvn/version"
    assert version.parent == found[":deps org.clojure/tools.analyzer.jvm"].key
    # The key and its value: the version string is one token of it.
    assert '"1.2.2"' in version.fingerprint.tokens
    assert found[":paths"].parent is None


def test_edn_keyword_values_are_not_keys() -> None:
    """`{:a :b :c :d}` has two keys: children pair up from the first, so `:b` and `:d` are
    values, and a discarded pair (`#_#_`) or a comment between them shifts nothing."""
    source = "{:a :b\n ;; note\n #_#_ :x :y\n :c :d\n :e}\n"
    assert extract_outline("x.edn", source) == "key :a  1-1\nkey :c  4-4\n"


def test_edn_keys_of_discarded_maps_are_not_entities() -> None:
    assert ":deps :mvn/version" not in entities("deps.edn", SOURCE)


def test_edn_file_names() -> None:
    for path in ("deps.edn", "bb.edn", "shadow-cljs.edn", "resources/config.edn"):
        assert detect_language(path) == "edn", path
    assert detect_language("project.clj") == "clojure"
