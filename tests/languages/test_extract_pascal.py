"""Pascal: source → outline."""

from __future__ import annotations

from tests.support import extract_outline

SOURCE = """\
unit Shapes;

{$mode objfpc}{$H+}

interface

uses Classes, SysUtils;

const
  MaxShapes = 10;

type
  TColor = (clRed, clGreen, clBlue);

  TPoint = record
    X, Y: Integer;
  end;

  { TShape }

  TShape = class(TPersistent)
  private
    FName: string;
    FColor: TColor;
    function GetName: string;
  public
    constructor Create(const AName: string);
    destructor Destroy; override;
    procedure Draw; virtual; abstract;
    procedure Move(DX, DY: Integer); overload;
    procedure Move(const P: TPoint); overload;
    property Name: string read GetName write FName;
  end;

  IDrawable = interface
    procedure Paint;
  end;

  TShapeProc = procedure(S: TShape);

var
  ShapeCount: Integer;

function Area(const S: TShape): Double;

implementation

function TShape.GetName: string;
begin
  Result := FName;
end;

constructor TShape.Create(const AName: string);
begin
  inherited Create;
  FName := AName;
  Inc(ShapeCount);
end;

destructor TShape.Destroy;
begin
  Dec(ShapeCount);
  inherited Destroy;
end;

procedure TShape.Move(DX, DY: Integer);
begin
end;

procedure TShape.Move(const P: TPoint);
begin
  Move(P.X, P.Y);
end;

function Area(const S: TShape): Double;
  function Unit: Double;
  begin
    Result := 1.0;
  end;
var
  Scale: Double;
begin
  Scale := Unit;
  Result := Scale;
end;

end.
"""


def test_pascal_outline() -> None:
    """Methods defined in the implementation section (`TShape.GetName`) are children of their
    class, after its declarations; a nested function and local variables are part of Area."""
    assert (
        extract_outline("shapes.pas", SOURCE)
        == """\
namespace Shapes  1-87
  const Shapes.MaxShapes  10-10
  enum Shapes.TColor  13-13
  record Shapes.TPoint  15-17
    field Shapes.TPoint.X, Y  16-16
  class Shapes.TShape  21-33
    field Shapes.TShape.FName  23-23
    field Shapes.TShape.FColor  24-24
    method Shapes.TShape.GetName  25-25
    constructor Shapes.TShape.Create(string)  27-27
    method Shapes.TShape.Destroy  28-28
    method Shapes.TShape.Draw  29-29
    method Shapes.TShape.Move(Integer)  30-30
    method Shapes.TShape.Move(TPoint)  31-31
    property Shapes.TShape.Name  32-32
  interface Shapes.IDrawable  35-37
    method Shapes.IDrawable.Paint  36-36
  type Shapes.TShapeProc  39-39
  variable Shapes.ShapeCount  42-42
  function Shapes.Area(TShape)  44-44
    method Shapes.TShape.GetName  48-51
    constructor Shapes.TShape.Create(string)  53-58
    method Shapes.TShape.Destroy  60-64
    method Shapes.TShape.Move(Integer)  66-68
    method Shapes.TShape.Move(TPoint)  70-73
  function Shapes.Area(TShape)  75-85
"""
    )


def test_pascal_program() -> None:
    source = (
        "program Hello;\n\nprocedure Greet(const Who: string);\nbegin\n"
        "  WriteLn('Hello, ', Who);\nend;\n\nbegin\n  Greet('world');\nend.\n"
    )
    assert extract_outline("hello.lpr", source) == (
        "namespace Hello  1-10\n  function Hello.Greet(string)  3-6\n"
    )
