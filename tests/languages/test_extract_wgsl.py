"""WGSL: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

# A render pipeline's shader in the style of @use-gpu/wgsl and the WebGPU samples: a module
# constant of today's WGSL (`const`, which the grammar reads as an ERROR), an early WGSL `let`
# constant, an override, a type alias, a struct with a uniform binding, storage and private
# variables, a helper and two entry points.
SOURCE = """\
const PI = 3.14159265;
let GAMMA: f32 = 2.2;
override workgroupSize: u32 = 64;
type Color = vec4<f32>;

struct Uniforms {
  viewProjection: mat4x4<f32>,
  time: f32,
};

@group(0) @binding(0) var<uniform> uniforms: Uniforms;
@group(0) @binding(1) var<storage, read_write> particles: array<vec4<f32>>;
var<private> seed: u32 = 1u;

/** Linear to sRGB. */
fn toGamma(v: vec3<f32>) -> vec3<f32> {
  let inv = 1.0 / GAMMA;
  var out = pow(v, vec3<f32>(inv));
  return out;
}

@vertex
fn vs_main(@builtin(vertex_index) index: u32) -> @builtin(position) vec4<f32> {
  let angle = f32(index) * PI;
  return uniforms.viewProjection * vec4<f32>(cos(angle), sin(angle), 0.0, 1.0);
}

@fragment
fn fs_main() -> @location(0) Color {
  return Color(toGamma(vec3<f32>(0.5)), 1.0);
}
"""


def test_wgsl_outline() -> None:
    assert (
        extract_outline("shader.wgsl", SOURCE)
        == """\
const PI  1-1  !errors
const GAMMA  2-2
const workgroupSize  3-3
type Color  4-4
struct Uniforms  6-9
variable uniforms  11-11
variable particles  12-12
variable seed  13-13
function toGamma  15-20
function vs_main  22-26
function fs_main  28-31
"""
    )


def test_wgsl_words_shown() -> None:
    found = entities("shader.wgsl", SOURCE)
    assert [found[name].label for name in ("PI", "GAMMA", "workgroupSize", "Color")] == [
        "const",
        "let",
        "override",
        "type",
    ]


def test_wgsl_function_locals_and_members_are_not_entities() -> None:
    found = entities("shader.wgsl", SOURCE)
    for name in ("inv", "out", "angle", "time", "viewProjection", "index"):
        assert not any(key.endswith(name) for key in found), name


def test_wgsl_alias_of_todays_wgsl_is_a_type() -> None:
    source = SOURCE.replace("type Color", "alias Color")
    found = entities("shader.wgsl", source)
    assert (found["Color"].kind, found["Color"].label) == ("type", "alias")
