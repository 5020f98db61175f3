"""Perl: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
package Path::Mini;
# ABSTRACT: a small file path utility

use strict;
use warnings;

our $VERSION = '0.144';

use constant {
    PATH     => 0,
    CANON    => 1,
};
use constant IS_WIN32 => ( $^O eq 'MSWin32' );

my %formats = ( 'ls' => [ 1024, log(1024), [ "", map { " $_" } qw/K M G T/ ] ] );

#pod =method path
#pod
#pod Constructs a path object.
sub path {
    my $path = shift;
    my $cleanup = sub { $_[0] =~ s{/$}{}r };
    sub helper { 1 }
    return bless [ $cleanup->($path) ], __PACKAGE__;
}

sub basename {
    my ($self, @suffixes) = @_;
    return ( File::Spec->splitpath( $self->[PATH] ) )[2];
}

sub Path::Mini::Error::throw { die @_ }

package Path::Mini::Guard {
    sub new { bless {}, shift }
    use constant STRICT => 1;
}

1;
"""


def test_perl_outline() -> None:
    assert (
        extract_outline("Mini.pm", SOURCE)
        == """\
namespace Path::Mini  1-1
  const Path::Mini::PATH, …  9-12
  const Path::Mini::IS_WIN32  13-13
  function Path::Mini::path  17-25
  function Path::Mini::basename  27-30
function Path::Mini::Error::throw  32-32
namespace Path::Mini::Guard  34-37
  function Path::Mini::Guard::new  35-35
  const Path::Mini::Guard::STRICT  36-36
"""
    )


def test_perl_subs_after_a_package_statement_belong_to_it() -> None:
    found = entities("Mini.pm", SOURCE)
    package = found["Path::Mini"].key
    for name in ("Path::Mini::path", "Path::Mini::basename", "Path::Mini::IS_WIN32"):
        assert found[name].parent == package, name
    assert found["Path::Mini::Guard::new"].parent == found["Path::Mini::Guard"].key
    # A sub named with its package is where its name says, not in the package above it.
    assert found["Path::Mini::Error::throw"].parent is None


def test_perl_what_a_sub_body_holds_is_not_an_entity() -> None:
    found = entities("Mini.pm", SOURCE)
    assert not any(name.endswith("helper") or "cleanup" in name for name in found)
    assert "formats" not in found and "VERSION" not in found


def test_perl_script_without_package() -> None:
    source = '#!/usr/bin/perl\nuse strict;\n\n# Say hello.\nsub hello { print "hi\\n" }\nhello();\n'
    assert extract_outline("hello.pl", source) == "function hello  4-5\n"


def test_perl_pod_directly_above_a_sub_documents_it() -> None:
    source = "package A;\n\n=head2 f\n\nDoes f.\n\n=cut\nsub f { 1 }\n"
    assert extract_outline("A.pm", source) == "namespace A  1-1\n  function A::f  3-8\n"
    old = entities("A.pm", source)["A::f"].fingerprint
    new = entities("A.pm", source.replace("Does f.", "Does f well."))["A::f"].fingerprint
    assert old.own_code_hash == new.own_code_hash


def test_perl_unended_last_line_with_a_comment_gets_a_line_diff() -> None:
    # tree-sitter-perl's scanner never returns on `foo #a` at the very end of a file.
    assert entities("a.pl", "sub f { 1 }\nfoo #a") == {}
    assert "f" in entities("a.pl", "sub f { 1 }\nfoo #a\n")
