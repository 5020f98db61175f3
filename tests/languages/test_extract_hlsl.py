"""HLSL: source → outline (C++'s query on the HLSL grammar)."""

from __future__ import annotations

from tests.support import entities, extract_outline

# In the style of lygia's HLSL files and of a compute shader: an include guard, a `#define`
# with a value, resources bound to registers, a static constant, a struct with semantics on
# its fields, overloads told apart by vector type, a compute entry point with its
# `[numthreads]` attribute and a pixel shader entry point with a return semantic.
SOURCE = """\
#ifndef FNC_BLUR
#define FNC_BLUR

#define BLUR_RADIUS 4

Texture2D<float4> inputTex : register(t0);
RWTexture2D<float4> outputTex : register(u0);
SamplerState linearSampler;
static const float BLUR_WEIGHTS[3] = { 0.227027, 0.316216, 0.070270 };
groupshared float4 cache[64];

struct VSOutput {
    float4 position : SV_Position;
    float2 uv : TEXCOORD0;
};

float luma(float3 rgb) { return dot(rgb, float3(0.299, 0.587, 0.114)); }
float luma(float4 rgba) { return luma(rgba.rgb); }

// One horizontal pass, a row of 64 texels per group.
[numthreads(64, 1, 1)]
void blurCS(uint3 id : SV_DispatchThreadID, uint gi : SV_GroupIndex) {
    float4 sum = inputTex[id.xy] * BLUR_WEIGHTS[0];
    cache[gi] = sum;
    GroupMemoryBarrierWithGroupSync();
    outputTex[id.xy] = sum;
}

float4 lumaPS(VSOutput input) : SV_Target {
    float4 color = inputTex.Sample(linearSampler, input.uv);
    return float4(luma(color).xxx, 1.0);
}

#endif
"""


def test_hlsl_outline() -> None:
    # The `[numthreads]` attribute and the comment above it belong to the entry point.
    assert (
        extract_outline("blur.hlsl", SOURCE)
        == """\
macro BLUR_RADIUS  4-4
variable inputTex  6-6
variable outputTex  7-7
variable linearSampler  8-8
const BLUR_WEIGHTS  9-9
variable cache  10-10
struct VSOutput  12-15
  field VSOutput::position  13-13
  field VSOutput::uv  14-14
function luma(float3)  17-17
function luma(float4)  18-18
function blurCS(uint3, uint)  20-27
function lumaPS(VSOutput)  29-32
"""
    )


def test_hlsl_locals_and_include_guards_are_not_entities() -> None:
    found = entities("blur.hlsl", SOURCE)
    assert "FNC_BLUR" not in found
    assert not any(name.endswith(("sum", "color", "id", "gi", "input")) for name in found)


def test_hlsl_headers_and_effect_files_are_hlsl() -> None:
    source = "float sq(float v) { return v * v; }\n"
    for path in ("common.hlsli", "effect.fx", "effect.fxh", "UnityCG.cginc"):
        assert extract_outline(path, source) == "function sq(float)  1-1\n", path
