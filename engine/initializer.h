#pragma once
/**
 * @file initializer.h
 * How new weights and biases are drawn.
 */
#include "random.h"

#include <string>

namespace engine {

enum class Initializer {
    PlaygroundUniform, ///< weights U(-0.5, 0.5), biases 0.1 (TensorFlow Playground's nn.ts)
    Xavier,            ///< Glorot & Bengio 2010: weights U(-r, r), r = sqrt(6 / (in + out)); biases 0
    He,                ///< He et al. 2015 (arXiv 1502.01852): weights N(0, 2 / in); biases 0
    Zeros              ///< everything 0: every neuron of a layer stays identical (the symmetry lesson)
};

const char *initializerId(Initializer init);
bool initializerFromId(const std::string &id, Initializer &init);

/// One weight of a layer with `fanIn` inputs and `fanOut` neurons.
double drawWeight(Initializer init, int fanIn, int fanOut, Random &random);
/// The starting bias of a neuron.
double initialBias(Initializer init);

} // namespace engine
