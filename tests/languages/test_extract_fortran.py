"""Fortran: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
! Geometry helpers.
module shapes
  implicit none
  private
  public :: circle, area

  integer, parameter :: MAX_SIDES = 12
  real :: scale = 1.0

  type :: circle
    real :: radius
  contains
    procedure :: perimeter
  end type circle

  interface area
    module procedure circle_area
  end interface area

  abstract interface
    subroutine visitor(c)
      import :: circle
      type(circle), intent(in) :: c
    end subroutine visitor
  end interface

contains

  ! Area of a circle.
  pure function circle_area(c) result(a)
    type(circle), intent(in) :: c
    real :: a
    a = 3.14159 * c%radius**2
  end function circle_area

  subroutine grow(c, by)
    type(circle), intent(inout) :: c
    real, intent(in) :: by
    c%radius = c%radius + clamp(by)
  contains
    real function clamp(x)
      real, intent(in) :: x
      clamp = max(0.0, x)
    end function clamp
  end subroutine grow

end module shapes

program main
  use shapes
  implicit none
  print *, 'hi'
end program main

SUBROUTINE LEGACY(N)
  INTEGER N
END SUBROUTINE
"""


def test_fortran_outline() -> None:
    assert (
        extract_outline("shapes.f90", SOURCE)
        == """\
namespace shapes  1-47
  const shapes.MAX_SIDES  7-7
  variable shapes.scale  8-8
  struct shapes.circle  10-14
    field shapes.circle.radius  11-11
  interface shapes.area  16-18
  function shapes.circle_area  29-34
  function shapes.grow  36-45
namespace main  49-53
function LEGACY  55-57
"""
    )


def test_fortran_internal_and_interface_procedures_are_part_of_their_holder() -> None:
    found = entities("shapes.f90", SOURCE)
    assert not any(name.endswith(("clamp", "visitor")) for name in found)


def test_fortran_statement_is_the_signature_and_the_rest_the_body() -> None:
    source = "subroutine s(a)\n  integer :: a\n  a = 1\nend subroutine s\n"
    old = entities("s.f90", source)["s"].fingerprint
    more = entities("s.f90", source.replace("s(a)", "s(a, b)"))["s"].fingerprint
    assert more.header_hash != old.header_hash
    assert more.own_body_hash == old.own_body_hash
    edited = entities("s.f90", source.replace("a = 1", "a = 2"))["s"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash


def test_fortran_submodule_procedures() -> None:
    source = (
        "submodule (parent) child\ncontains\n"
        "module procedure pi2tau\n  pi2tau = 2*pi\nend procedure pi2tau\n"
        "end submodule child\n"
    )
    assert extract_outline("child.f90", source) == (
        "namespace child  1-6\n  function child.pi2tau  3-5\n"
    )
