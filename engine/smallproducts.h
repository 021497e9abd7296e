#pragma once
/**
 * @file smallproducts.h
 * Matrix products for the narrow layers of the Playground networks (2-8 neurons).
 *
 * Eigen's GEMM set-up costs more than a 4x2 by 2x10 product, and its coefficient-based lazy
 * product walks such shapes one scalar at a time. These loops keep the neuron index innermost
 * and contiguous (column-major storage), so the compiler vectorises them across neurons.
 * Callers pass contiguous column-major blocks (outer stride == rows).
 */
#include <Eigen/Core>

namespace engine::small {

/// The neuron count as a compile-time constant when the layer is one of the common widths, so
/// the innermost loops unroll fully instead of paying a vector loop's set-up for 4 numbers.
template <int Fixed>
struct Units {
    static constexpr int fixed = Fixed;
    Eigen::Index runtime;
    constexpr Eigen::Index operator()() const { return Fixed > 0 ? Fixed : runtime; }
};

/// Calls f(Units<U>{units}) with U = units for widths 1..8, U = 0 (runtime) otherwise.
template <typename F>
inline void withUnits(Eigen::Index units, F &&f)
{
    switch (units) {
    case 1: return f(Units<1>{1});
    case 2: return f(Units<2>{2});
    case 3: return f(Units<3>{3});
    case 4: return f(Units<4>{4});
    case 5: return f(Units<5>{5});
    case 6: return f(Units<6>{6});
    case 7: return f(Units<7>{7});
    case 8: return f(Units<8>{8});
    default: return f(Units<0>{units});
    }
}

/// z = W x + b, W units x in, x in x n, z units x n.
template <typename T, typename U>
inline void affineKernel(const T *__restrict w, const T *__restrict b, const T *__restrict x, T *__restrict z,
                         U unitCount, Eigen::Index in, Eigen::Index n)
{
    const Eigen::Index units = unitCount();
    if constexpr (U::fixed > 0) {
        // The column's sums stay in registers across the inputs.
        for (Eigen::Index j = 0; j < n; ++j) {
            const T *xc = x + j * in;
            T acc[U::fixed];
            for (int r = 0; r < U::fixed; ++r)
                acc[r] = b[r];
            for (Eigen::Index k = 0; k < in; ++k) {
                const T xk = xc[k];
                const T *wk = w + k * U::fixed;
                for (int r = 0; r < U::fixed; ++r)
                    acc[r] += wk[r] * xk;
            }
            for (int r = 0; r < U::fixed; ++r)
                z[j * U::fixed + r] = acc[r];
        }
    } else {
        for (Eigen::Index j = 0; j < n; ++j) {
            T *zc = z + j * units;
            const T *xc = x + j * in;
            for (Eigen::Index r = 0; r < units; ++r)
                zc[r] = b[r];
            for (Eigen::Index k = 0; k < in; ++k) {
                const T xk = xc[k];
                const T *wk = w + k * units;
                for (Eigen::Index r = 0; r < units; ++r)
                    zc[r] += wk[r] * xk;
            }
        }
    }
}

/// dW = delta a^T (overwritten), db = row sums of delta; delta units x n, a in x n.
template <typename T, typename U>
inline void weightGradientKernel(const T *__restrict delta, const T *__restrict a, T *__restrict dw,
                                 T *__restrict db, U unitCount, Eigen::Index in, Eigen::Index n)
{
    const Eigen::Index units = unitCount();
    // One column of dW at a time, summed over the batch in a small accumulator.
    for (Eigen::Index k = -1; k < in; ++k) { // k = -1 is the bias: a row of ones
        T acc[U::fixed > 0 ? U::fixed : 1];
        T *out = k < 0 ? db : dw + k * units;
        if constexpr (U::fixed > 0) {
            for (int r = 0; r < U::fixed; ++r)
                acc[r] = T(0);
            for (Eigen::Index j = 0; j < n; ++j) {
                const T ak = k < 0 ? T(1) : a[j * in + k];
                const T *dc = delta + j * U::fixed;
                for (int r = 0; r < U::fixed; ++r)
                    acc[r] += dc[r] * ak;
            }
            for (int r = 0; r < U::fixed; ++r)
                out[r] = acc[r];
        } else {
            for (Eigen::Index r = 0; r < units; ++r)
                out[r] = T(0);
            for (Eigen::Index j = 0; j < n; ++j) {
                const T ak = k < 0 ? T(1) : a[j * in + k];
                const T *dc = delta + j * units;
                for (Eigen::Index r = 0; r < units; ++r)
                    out[r] += dc[r] * ak;
            }
        }
    }
}

/// dA = W^T delta; W units x in, delta units x n, dA in x n.
template <typename T, typename U>
inline void inputGradientKernel(const T *__restrict w, const T *__restrict delta, T *__restrict da, U unitCount,
                                Eigen::Index in, Eigen::Index n)
{
    const Eigen::Index units = unitCount();
    for (Eigen::Index j = 0; j < n; ++j) {
        const T *dc = delta + j * units;
        for (Eigen::Index k = 0; k < in; ++k) {
            const T *wk = w + k * units;
            T sum = T(0);
            for (Eigen::Index r = 0; r < units; ++r)
                sum += wk[r] * dc[r];
            da[j * in + k] = sum;
        }
    }
}

template <typename T>
inline void affine(const T *w, const T *b, const T *x, T *z, Eigen::Index units, Eigen::Index in, Eigen::Index n)
{
    withUnits(units, [&](auto u) { affineKernel(w, b, x, z, u, in, n); });
}

template <typename T>
inline void weightGradient(const T *delta, const T *a, T *dw, T *db, Eigen::Index units, Eigen::Index in,
                           Eigen::Index n)
{
    withUnits(units, [&](auto u) { weightGradientKernel(delta, a, dw, db, u, in, n); });
}

template <typename T>
inline void inputGradient(const T *w, const T *delta, T *da, Eigen::Index units, Eigen::Index in, Eigen::Index n)
{
    withUnits(units, [&](auto u) { inputGradientKernel(w, delta, da, u, in, n); });
}

/// Layers fed by fewer than 8 inputs take the loops above; from 8 inputs on, Eigen's GEMM
/// kernel wins even for a batch of 10 (measured on the Deep workload, 2-8x6-1).
inline bool isNarrow(Eigen::Index units, Eigen::Index in)
{
    return units <= 16 && in < 8;
}

} // namespace engine::small
