"""CUDA: source → outline (C++'s query on the CUDA grammar)."""

from __future__ import annotations

from tests.support import entities, extract_outline

# Modelled on llama.cpp's ggml-cuda kernels: a block size macro, a constant table in constant
# memory, a struct of __device__ static helpers, a __device__ function, a templated
# __global__ kernel with a __shared__ buffer and its host-side launcher.
SOURCE = """\
#include "common.cuh"

#define CUDA_NORM_BLOCK_SIZE 256

__constant__ float norm_eps[4];
static __device__ int kernels_launched;

namespace norm {

struct row_layout {
    __device__ static int row_index(int row, int ncols) {
        return row * ncols;
    }
};

static __device__ __forceinline__ float warp_sum(float x) {
    for (int offset = 16; offset > 0; offset >>= 1) {
        x += __shfl_xor_sync(0xffffffff, x, offset, 32);
    }
    return x;
}

// Normalizes each row of x into dst.
template <int block_size>
static __global__ void norm_f32(const float * x, float * dst, const int ncols, const float eps) {
    __shared__ float s_sum[32];
    const int row = blockIdx.x;
    float tmp = 0.0f;
    for (int col = threadIdx.x; col < ncols; col += block_size) {
        tmp += x[row_layout::row_index(row, ncols) + col];
    }
    s_sum[threadIdx.x % 32] = warp_sum(tmp);
    dst[row] = tmp / ncols + eps;
}

} // namespace norm

void norm_f32_cuda(const float * x, float * dst, const int ncols, const int nrows,
                   cudaStream_t stream) {
    const dim3 block_dims(CUDA_NORM_BLOCK_SIZE, 1, 1);
    norm::norm_f32<CUDA_NORM_BLOCK_SIZE><<<nrows, block_dims, 0, stream>>>(x, dst, ncols, 1e-5f);
}
"""


def test_cuda_outline() -> None:
    assert (
        extract_outline("norm.cu", SOURCE)
        == """\
macro CUDA_NORM_BLOCK_SIZE  3-3
variable norm_eps  5-5
variable kernels_launched  6-6
namespace norm  8-36
  struct norm::row_layout  10-14
    method norm::row_layout::row_index(int, int)  11-13
  function norm::warp_sum(float)  16-21
  function norm::norm_f32(float, float, int, float)  23-34
function norm_f32_cuda(float, float, int, int, cudaStream_t)  38-42
"""
    )


def test_cuda_kernel_locals_are_not_entities() -> None:
    found = entities("norm.cu", SOURCE)
    assert not any(name.endswith(("s_sum", "row", "tmp", "block_dims")) for name in found)


def test_cuda_headers_are_cuda() -> None:
    header = "__device__ float sq(float v) { return v * v; }\n"
    assert extract_outline("math.cuh", header) == "function sq(float)  1-1\n"
