"""GLSL: source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

# A fragment shader in the style of lygia and Kodi's Shadertoy add-ons: macros with a default,
# a guarded helper with overloads, uniforms, an interface block, a struct and main.
SOURCE = """\
#version 330 core

#ifdef GL_ES
precision mediump float;
#endif

#define PI 3.14159265359
#ifndef SAMPLER_FNC
#define SAMPLER_FNC(TEX, UV) texture(TEX, UV)
#endif

uniform sampler2D u_tex0;
uniform vec2 u_resolution, u_mouse;
in vec2 v_texcoord;
out vec4 fragColor;

layout(std140) uniform Lights {
    vec4 position[4];
    vec4 color[4];
} lights;

const float EPSILON = 0.0001;
vec3 g_tint = vec3(1.0);

struct Material {
    vec3 albedo;
    float roughness;
};

/* Luminance of a linear RGB color. */
#ifndef FNC_LUMA
#define FNC_LUMA
float luma(vec3 color) { return dot(color, vec3(0.299, 0.587, 0.114)); }
float luma(vec4 color) { return luma(color.rgb); }
#endif

vec3 shade(Material m, in vec3 n);

void main() {
    #define LOCAL_SCALE 2.0
    const float k = 0.5;
    vec2 st = gl_FragCoord.xy / u_resolution;
    vec4 color = SAMPLER_FNC(u_tex0, st);
    fragColor = vec4(vec3(luma(color)) * g_tint, 1.0);
}

vec3 shade(Material m, in vec3 n) {
    return m.albedo * max(n.z, 0.0);
}
"""


def test_glsl_outline() -> None:
    assert (
        extract_outline("shade.frag", SOURCE)
        == """\
macro PI  7-7
macro SAMPLER_FNC  9-9
variable u_tex0  12-12
variable u_resolution  13-13
variable v_texcoord  14-14
variable fragColor  15-15
interface Lights  17-20
const EPSILON  22-22
variable g_tint  23-23
struct Material  25-28
function luma(vec3)  33-33
function luma(vec4)  34-34
function shade(Material, vec3)  37-37
function main  39-45
function shade(Material, vec3)  47-49
"""
    )


def test_glsl_storage_qualifier_is_the_word_shown() -> None:
    found = entities("shade.frag", SOURCE)
    assert found["u_tex0"].label == "uniform"
    assert found["v_texcoord"].label == "in"
    assert found["fragColor"].label == "out"
    assert found["g_tint"].label == ""
    old = "attribute vec4 vertex;\nvarying vec2 vTextureCoord;\n"
    found = entities("main.vert", old)
    assert (found["vertex"].label, found["vTextureCoord"].label) == ("attribute", "varying")


def test_glsl_locals_guards_and_precision_are_not_entities() -> None:
    found = entities("shade.frag", SOURCE)
    # A #define without a value is a flag (include guards); locals belong to main; the
    # precision statement declares nothing.
    for name in ("FNC_LUMA", "LOCAL_SCALE", "k", "st", "color", "lights", "float", ""):
        assert name not in found, name


def test_glsl_overloads_are_told_apart_by_parameter_types() -> None:
    old = "float f(vec2 p) { return p.x; }\nfloat f(vec3 p) { return p.x; }\n"
    new = "float f(vec2 q) { return q.x; }\nfloat f(vec3 p) { return p.x; }\n"
    # Renaming a parameter keeps the key; the `in` of a parameter is not part of it.
    expected = "function f(vec2)  1-1\nfunction f(vec3)  2-2\n"
    assert extract_outline("a.glsl", old) == extract_outline("a.glsl", new) == expected
    assert extract_outline("a.glsl", old.replace("vec2 p", "in vec2 p")) == expected
