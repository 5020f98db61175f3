"""Elm: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
port module Counter exposing (Model, Msg(..), init, update, view)

{-| A counter that reports to JavaScript.
-}

import Html exposing (Html, button, div, text)
import Html.Events exposing (onClick)


{-| The state.
-}
type alias Model =
    { count : Int, step : Int }


type Msg
    = Increment
    | Decrement
    | Reset


port report : Int -> Cmd msg


init : Model
init =
    { count = 0, step = 1 }


maxCount : Int
maxCount =
    100


{-| Applies a message.
-}
update : Msg -> Model -> ( Model, Cmd Msg )
update msg model =
    let
        clamp : Int -> Int
        clamp n =
            min maxCount n

        next =
            case msg of
                Increment ->
                    clamp (model.count + model.step)

                Decrement ->
                    model.count - model.step

                Reset ->
                    0
    in
    ( { model | count = next }, report next )


view : Model -> Html Msg
view model =
    div []
        [ button [ onClick Decrement ] [ text "-" ]
        , text (String.fromInt model.count)
        , button [ onClick Increment ] [ text "+" ]
        ]


label =
    "Counter"
"""


def test_elm_outline() -> None:
    assert (
        extract_outline("Counter.elm", SOURCE)
        == """\
namespace Counter  1-1
type Model  10-13
enum Msg  16-19
function report  22-22
const init  25-27
const maxCount  30-32
function update  35-55
function view  58-64
const label  67-68
"""
    )


def test_elm_annotation_and_definition_are_one_entity() -> None:
    found = entities("Counter.elm", SOURCE)
    assert [e.name for e in found.values()].count("update") == 1
    assert "clamp" not in found and "update.clamp" not in found and "next" not in found


def test_elm_point_free_function_takes_its_kind_from_the_annotation() -> None:
    source = """\
module Text exposing (fromInt, size, greet)


fromInt : Int -> String
fromInt =
    String.fromInt


size : Size
size =
    3


greet : Greeter
greet name =
    "Hello " ++ name
"""
    assert extract_outline("Text.elm", source) == (
        "namespace Text  1-1\nfunction fromInt  4-6\nconst size  9-11\nfunction greet  14-16\n"
    )
