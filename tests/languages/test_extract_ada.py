"""Ada: source → outline, for a specification and its body."""

from __future__ import annotations

from tests.support import extract_outline

SPEC = """\
--  Reference-counted pools of resources.
with Ada.Finalization;

package GNATCOLL.Pools is

   type Pool_Size is range 1 .. 1000;
   type Status is (Idle, Busy, Closed);

   Default_Size : constant Pool_Size := 10;
   Max_Retries  : constant := 3;
   Requests, Failures : Natural := 0;

   Pool_Closed : exception;

   type Resource is record
      Id, Uses : Natural;
      Name     : String (1 .. 8);
   end record;

   type Resource_Set is tagged private;

   function Get (Set : Resource_Set; Id : Natural) return Resource;
   function Get (Set : Resource_Set; Name : String) return Resource;
   procedure Release (Set : in out Resource_Set; R : Resource);
   procedure Reset (Set : access Resource_Set) is null;
   function Count (Set : Resource_Set) return Natural is (0);

   generic
      type Element is private;
   procedure Swap (A, B : in out Element);

   task type Janitor is
      entry Start (Every : Duration);
      entry Stop;
   end Janitor;

   protected type Guard is
      procedure Lock;
      function Is_Locked return Boolean;
   private
      Locked : Boolean := False;
   end Guard;

   package Stats is
      function Hits return Natural;
   end Stats;

private
   type Resource_Set is tagged record
      Size : Pool_Size := Default_Size;
   end record;
end GNATCOLL.Pools;
"""

BODY = """\
package body GNATCOLL.Pools is

   function Get (Set : Resource_Set; Id : Natural) return Resource is
      function Lookup (N : Natural) return Resource is separate;
      Found : Resource;
   begin
      Found := Lookup (Id);
      return Found;
   end Get;

   procedure Release (Set : in out Resource_Set; R : Resource) is
   begin
      null;
   end Release;

   task body Janitor is
   begin
      accept Start (Every : Duration);
   end Janitor;

   protected body Guard is
      procedure Lock is
      begin
         Locked := True;
      end Lock;
      function Is_Locked return Boolean is (Locked);
   end Guard;

   package body Stats is separate;
end GNATCOLL.Pools;
"""


def test_ada_spec_outline() -> None:
    assert (
        extract_outline("gnatcoll-pools.ads", SPEC)
        == """\
namespace GNATCOLL.Pools  4-52
  type GNATCOLL.Pools.Pool_Size  6-6
  enum GNATCOLL.Pools.Status  7-7
  const GNATCOLL.Pools.Default_Size  9-9
  const GNATCOLL.Pools.Max_Retries  10-10
  variable GNATCOLL.Pools.Requests, Failures  11-11
  struct GNATCOLL.Pools.Pool_Closed  13-13
  record GNATCOLL.Pools.Resource  15-18
    field GNATCOLL.Pools.Resource.Id, Uses  16-16
    field GNATCOLL.Pools.Resource.Name  17-17
  type GNATCOLL.Pools.Resource_Set  20-20
  function GNATCOLL.Pools.Get(Resource_Set, Natural)  22-22
  function GNATCOLL.Pools.Get(Resource_Set, String)  23-23
  function GNATCOLL.Pools.Release(Resource_Set, Resource)  24-24
  function GNATCOLL.Pools.Reset  25-25
  function GNATCOLL.Pools.Count(Resource_Set)  26-26
  function GNATCOLL.Pools.Swap(Element)  28-30
  class GNATCOLL.Pools.Janitor  32-35
    method GNATCOLL.Pools.Janitor.Start  33-33
    method GNATCOLL.Pools.Janitor.Stop  34-34
  class GNATCOLL.Pools.Guard  37-42
    method GNATCOLL.Pools.Guard.Lock  38-38
    method GNATCOLL.Pools.Guard.Is_Locked  39-39
    field GNATCOLL.Pools.Guard.Locked  41-41
  namespace GNATCOLL.Pools.Stats  44-46
    function GNATCOLL.Pools.Stats.Hits  45-45
  record GNATCOLL.Pools.Resource_Set  49-51
    field GNATCOLL.Pools.Resource_Set.Size  50-50
"""
    )


def test_ada_body_outline() -> None:
    """Local declarations of a subprogram body (a nested function stub, an object) are part
    of it; a protected body's subprograms are its operations."""
    assert (
        extract_outline("gnatcoll-pools.adb", BODY)
        == """\
namespace GNATCOLL.Pools  1-30
  function GNATCOLL.Pools.Get(Resource_Set, Natural)  3-9
  function GNATCOLL.Pools.Release(Resource_Set, Resource)  11-14
  class GNATCOLL.Pools.Janitor  16-19
  class GNATCOLL.Pools.Guard  21-27
    method GNATCOLL.Pools.Guard.Lock  22-25
    method GNATCOLL.Pools.Guard.Is_Locked  26-26
  namespace GNATCOLL.Pools.Stats  29-29
"""
    )


def test_ada_subunit_belongs_to_its_parent() -> None:
    source = "separate (GNATCOLL.Pools)\nprocedure Flush is\nbegin\n   null;\nend Flush;\n"
    assert (
        extract_outline("gnatcoll-pools-flush.adb", source)
        == "function GNATCOLL.Pools.Flush  2-5\n"
    )
