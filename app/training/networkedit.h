#pragma once
/**
 * @file networkedit.h
 * A change to the network between training steps, sent from the GUI to the worker.
 * Structural edits keep every weight that still has a place (engine::BasicNetwork).
 */
#include "activation.h"
#include "network.h"

#include <QMetaType>

struct NetworkEdit {
    enum class Kind {
        InsertLayer,   ///< layer = index before which a hidden layer of `units` neurons goes
        RemoveLayer,   ///< layer = hidden layer index
        InsertNeuron,  ///< layer, position
        RemoveNeuron,  ///< layer, position
        SetActivation, ///< every hidden layer gets `activation`
        SetWeight,     ///< layer, to, from, value
        SetBias,       ///< layer, to, value
        Replace        ///< the whole network (undo restores a snapshot)
    };
    Kind kind = Kind::SetWeight;
    int layer = 0;
    int position = 0;
    int units = 1;
    int to = 0;
    int from = 0;
    double value = 0.0;
    engine::Activation activation = engine::Activation::Tanh;
    engine::Network network;
};

Q_DECLARE_METATYPE(NetworkEdit)
