#pragma once
/**
 * @file playgroundlink.h
 * PlaygroundLink: the TensorFlow Playground address of a workspace setup (CURRICULUM §3.5:
 * "open the same setup in TF Playground"), in Playground's own URL state (src/state.ts), or
 * the reason there is none: Playground has four classification sets and two regression sets,
 * no validation set, only SGD with squared error, at most 6 layers of 8 neurons, and its own
 * menus of rates and batch sizes. The data points themselves differ (Playground draws them
 * with its own random numbers); the setup is the same.
 */
#include "workspacespec.h"

#include <QCoreApplication>
#include <QString>

class PlaygroundLink {
    Q_DECLARE_TR_FUNCTIONS(PlaygroundLink)
public:
    /// The address, or an empty string with `reason` (translated) saying what has no equivalent.
    static QString url(const WorkspaceSpec &spec, bool showTestData, bool discretize, QString *reason = nullptr);
};
