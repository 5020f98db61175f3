"""Erlang: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
%%% @doc A bounded queue of jobs.
-module(job_queue).
-behaviour(gen_server).

-export([start_link/1, push/2, size/1]).
-export([init/1, handle_call/3]).

-include_lib("kernel/include/logger.hrl").

-define(DEFAULT_LIMIT, 100).
-define(is_full(S), (S#state.size >= S#state.limit)).

-record(state, {items = queue:new() :: queue:queue(),
                size = 0 :: non_neg_integer(),
                limit = ?DEFAULT_LIMIT :: pos_integer()}).

-type job() :: {atom(), term()}.
-opaque ref() :: reference().
-export_type([job/0, ref/0]).

-callback handle_job(job()) -> ok | {error, term()}.

%% @doc Starts the queue with a limit.
-spec start_link(pos_integer()) -> {ok, pid()}.
start_link(Limit) ->
    gen_server:start_link(?MODULE, Limit, []).

push(Queue, Job) ->
    gen_server:call(Queue, {push, Job}).

init(Limit) ->
    {ok, #state{limit = Limit}}.

handle_call({push, _Job}, _From, S) when ?is_full(S) ->
    {reply, {error, full}, S};
handle_call({push, Job}, _From, S = #state{items = Items, size = N}) ->
    Fun = fun(X) -> X end,
    {reply, ok, S#state{items = queue:in(Fun(Job), Items), size = N + 1}}.

size(Queue) ->
    gen_server:call(Queue, size).
"""


def test_erlang_outline() -> None:
    assert (
        extract_outline("job_queue.erl", SOURCE)
        == """\
namespace job_queue  1-2
macro DEFAULT_LIMIT  10-10
macro is_full  11-11
record state  13-15
type job  17-17
type ref  18-18
method handle_job/1  21-21
function start_link/1  23-26
function push/2  28-29
function init/1  31-32
function handle_call/3  34-38
function size/1  40-41
"""
    )


def test_erlang_spec_and_comment_belong_to_the_function_below() -> None:
    found = entities("job_queue.erl", SOURCE)
    assert found["start_link/1"].span.start_line == 23
    source = """\
-module(m).

-spec detached() -> ok.

detached() -> ok.
-doc "Documented.".
documented() -> ok.
"""
    assert extract_outline("m.erl", source) == (
        "namespace m  1-1\nfunction detached/0  5-5\nfunction documented/0  6-7\n"
    )


def test_erlang_clauses_are_one_function_and_funs_are_not_entities() -> None:
    found = entities("job_queue.erl", SOURCE)
    assert [e.name for e in found.values()].count("handle_call/3") == 1
    assert "Fun" not in found


def test_erlang_three_clauses_are_one_function() -> None:
    source = "-module(fib).\n\nfib(0) -> 0;\nfib(1) -> 1;\nfib(N) -> fib(N - 1) + fib(N - 2).\n"
    assert extract_outline("fib.erl", source) == "namespace fib  1-1\nfunction fib/1  3-5\n"


def test_erlang_functions_of_one_name_and_different_arities_are_two() -> None:
    source = "-module(m).\n\nf(X) -> f(X, 1).\nf(X, Y) -> X + Y.\ng() -> ok.\n"
    assert extract_outline("m.erl", source) == (
        "namespace m  1-1\nfunction f/1  3-3\nfunction f/2  4-4\nfunction g/0  5-5\n"
    )


def test_erlang_header_file() -> None:
    source = """\
-record(point, {x = 0, y = 0}).
-define(ORIGIN, #point{}).
-type point() :: #point{}.
"""
    assert extract_outline("geometry.hrl", source) == (
        "record point  1-1\nmacro ORIGIN  2-2\ntype point  3-3\n"
    )
