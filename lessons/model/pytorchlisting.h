#pragma once
/**
 * @file pytorchlisting.h
 * PyTorchListing: the PyTorch script of P10 (CURRICULUM §5 L11, §8.3), generated from a
 * WorkspaceSpec. It follows curriculum/code/first_network.py, which mirrors Module6's
 * pytorch_perceptron.py step for step with 000's seven Chinese step comments, and substitutes
 * the current settings: data set, split counts, network, output and loss, optimizer and learning
 * rate, batch size, epochs, shuffling and seeds. It keeps the corrections of CURRICULUM §7.2:
 * squeeze(1), no torchsummary, fixed seeds.
 *
 * The model class, the loss and the batch loop's body come from torchcode, which the exact export
 * of a workspace (files/pytorchexport.h) shares.
 *
 * Every spec gives valid Python: multi-class sets use one-hot targets or CrossEntropyLoss,
 * regression prints the test loss only, and settings a short script does not reproduce (early
 * stopping) are named in a comment at the top.
 *
 * Anchors (CodeListing) name the lines the GUI lights up: seed, lr, epochs, batch, dataset,
 * split, dataloader, shuffle, iterations, model, layers, init, loss, optimizer, train, zero_grad, forward,
 * criterion, regularization, backward, step, print, validation, test, eval, accuracy,
 * parameters, plot. A listing only has the anchors its code has (no "accuracy" for regression).
 */
#include "codelisting.h"
#include "workspacespec.h"

class PyTorchListing : public CodeListing {
public:
    /// Epochs when the spec sets no limit (the script's num_epoch = 10).
    static constexpr int kDefaultEpochs = 10;

    explicit PyTorchListing(const WorkspaceSpec &spec);

private:
    void addHeader();
    void addHyperparameters();
    void addData();
    void addSplit();
    void addModel();
    void addSettings();
    void addTraining();
    void addTest();
    void addPlot();

    /// The network output for `input` as the loss wants it ("model(x).squeeze(1)" or "model(x)").
    QString prediction(const QString &input) const;
    /// The target for `labels` ("labels", or "one_hot(labels, 3).float()").
    QString target(const QString &labels) const;
    bool multiClass() const;
    bool regression() const;
    bool oneHotTargets() const;

    WorkspaceSpec m_spec;
    int m_trainCount = 0;
    int m_validationCount = 0;
    int m_testCount = 0;
    int m_iterations = 0;
};
