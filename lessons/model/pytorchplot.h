#pragma once
/**
 * @file pytorchplot.h
 * Step 7 of the PyTorch listing (P10): the matplotlib plots of the training and test sets,
 * true labels beside the trained model's outputs, as Module5's pytorch1.png shows them. Two
 * classes get first_network.py's red/blue scatter (threshold 0.5, or 0 for tanh outputs), more
 * classes and regression a colour map, and the digits a row of test images with their
 * predictions. Guarded by try/except ImportError so the script still runs without matplotlib.
 */
#include "pythoncode.h"
#include "workspacespec.h"

#include <QStringList>

namespace pytorchplot {

/// The lines of step 7, from its "# 7." comment on. `test` is false when the test share is 0.
/// Uses the names the listing defines before it: dataset, train_set, test_set, train_data,
/// test_data, model, y_pred, and dataset.points when the network has extra input features.
QStringList lines(const WorkspaceSpec &spec, bool test,
                  pythoncode::CommentLanguage language = pythoncode::CommentLanguage::Chinese);

} // namespace pytorchplot
