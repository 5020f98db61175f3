"""Vim script: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
" Vim plugin for frobbing the current buffer
" Maintainer: nobody

if exists("g:loaded_frob")
  finish
endif
let g:loaded_frob = 1
let s:save_cpo = &cpo
set cpo&vim

const s:max_depth = 10
let g:frob_opts = get(g:, 'frob_opts', {})
let [s:first, s:last] = [0, 0]

if has('win32')
  let s:sep = '\\\\'
else
  let s:sep = '/'
endif

" Frob the current line.
function! s:Frob(count) abort
  let l:line = getline('.')
  let s:last = a:count
  function! Inner()
    return 1
  endfunction
  return l:line
endfunction

func frob#Complete(ArgLead, CmdLine, CursorPos)
  return filter(['all', 'line'], 'v:val =~ a:ArgLead')
endfunc

let s:obj = {}
function! s:obj.run() dict
  for item in range(s:max_depth)
    let s:counter = item
  endfor
  return self
endfunction

command! -nargs=? -complete=customlist,frob#Complete Frob call s:Frob(<q-args>)

augroup frob
  autocmd!
  autocmd BufWritePre *.frob call s:Frob(1)
augroup END

nnoremap <silent> <Plug>(frob) :<C-U>call <SID>Frob(v:count)<CR>

let &cpo = s:save_cpo
unlet s:save_cpo
"""


def test_vim_outline() -> None:
    assert (
        extract_outline("frob.vim", SOURCE)
        == """\
variable g:loaded_frob  7-7
variable s:save_cpo  8-8
const s:max_depth  11-11
variable g:frob_opts  12-12
variable s:sep  16-16
variable s:sep  18-18
function s:Frob  21-29
function frob#Complete  31-33
variable s:obj  35-35
function s:obj.run  36-41
macro Frob  43-43
"""
    )


def test_vim_what_a_function_or_loop_sets_is_not_an_entity() -> None:
    found = entities("frob.vim", SOURCE)
    assert "Inner" not in found and "l:line" not in found
    assert "s:last" not in found and "s:counter" not in found
    # Options (`let &cpo`) are settings, not variables.
    assert not any("cpo" in name and name != "s:save_cpo" for name in found)


def test_vim_parameters_are_the_signature_and_the_lines_the_body() -> None:
    source = "function! s:F(a) abort\n  return a:a\nendfunction\n"
    old = entities("f.vim", source)["s:F"].fingerprint
    more = entities("f.vim", source.replace("(a)", "(a, b)"))["s:F"].fingerprint
    assert more.header_hash != old.header_hash
    assert more.own_body_hash == old.own_body_hash
    edited = entities("f.vim", source.replace("return a:a", "return a:a + 1"))["s:F"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash


def test_vimrc_is_vim_script() -> None:
    assert extract_outline(".vimrc", "set nocompatible\nlet mapleader = ','\n") == (
        "variable mapleader  2-2\n"
    )
