#pragma once
/**
 * @file backprop.h
 * Forward and backward passes over a batch, with buffers that are kept between calls.
 *
 * The training loop must not allocate per batch (QT64-NOTES: per-epoch allocation alone costs
 * more than the arithmetic of a 2-4-2-1 net), so every intermediate matrix lives here, sized
 * for `capacity` columns, and a batch of n uses the first n columns.
 */
#include "eigentypes.h"
#include "loss.h"
#include "network.h"
#include "random.h"

#include <vector>

namespace engine {

template <typename T>
class Backprop {
public:
    /// Sizes the buffers for the network's layers and up to `capacity` samples (cheap if unchanged).
    void reserve(const BasicNetwork<T> &network, int capacity);
    int capacity() const { return m_capacity; }

    /**
     * Forward pass of the columns of `inputs` (at most capacity()). With dropoutRate > 0 each
     * hidden activation is zeroed with that probability and survivors are scaled by
     * 1 / (1 - rate) (inverted dropout), masks drawn from `random`. Returns the outputs.
     */
    using Columns = typename Matrix<T>::ColsBlockXpr;
    using ConstColumns = typename Matrix<T>::ConstColsBlockXpr;

    Columns forward(const BasicNetwork<T> &network, const ConstMatrixRef<T> &inputs,
                                    double dropoutRate = 0.0, Random *random = nullptr);

    /// Outputs of the last forward pass.
    Columns outputs() { return m_a.back().leftCols(m_columns); }
    /// Activations of layer l (hidden neurons' outputs) from the last forward pass.
    ConstColumns activations(int l) const { return m_a[l].leftCols(m_columns); }

    /**
     * Gradient of the mean loss of the last forward pass with respect to every parameter, in
     * the layout of network.parameters(). `inputs` must be the inputs of that forward pass.
     */
    void backward(const BasicNetwork<T> &network, const ConstMatrixRef<T> &inputs, const ConstMatrixRef<T> &targets,
                  LossKind loss, Vector<T> &gradient);

private:
    /// Turns dL/da of hidden layer l into dL/dz (dropout mask, activation derivative).
    void backwardBelow(const BasicNetwork<T> &network, int l, MatrixRef<T> dA);

    int m_capacity = 0;
    int m_columns = 0;
    double m_dropoutRate = 0.0;
    std::vector<int> m_shape;          ///< units per layer the buffers were sized for
    std::vector<Matrix<T>> m_z;        ///< pre-activations per layer
    std::vector<Matrix<T>> m_a;        ///< activations per layer (after dropout)
    std::vector<Matrix<T>> m_delta;    ///< dL/dz per layer
    std::vector<Matrix<T>> m_mask;     ///< dropout scale per hidden layer (0 or 1 / (1 - p))
    Matrix<T> m_dA;                    ///< dL/da scratch
};

extern template class Backprop<float>;
extern template class Backprop<double>;

} // namespace engine
