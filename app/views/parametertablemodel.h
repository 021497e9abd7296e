#pragma once
/**
 * @file parametertablemodel.h
 * ParameterTableModel: the rows of P6 (参数表), one per trainable parameter — layer, the link
 * "from → to", its value and the gradient of the last update — for a QTableView, so a digits
 * network with thousands of parameters costs no widget per row.
 *
 * Rows follow the layers; within a layer, each neuron's incoming weights come before its bias
 * (L11's perceptron reads w1, w2, b). Cell texts are formatted once per update and cached:
 * painting a screenful only reads them. A cell whose shown text changes flashes in the flash
 * colour, fading out over kFlashMs, so a student sees which numbers an update moved and, once
 * training settles, that the shown values stop changing.
 */
#include "inputfeatures.h"
#include "network.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QElapsedTimer>
#include <QTimer>

#include <vector>

class ParameterTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LayerColumn, LinkColumn, ValueColumn, GradientColumn, ColumnCount };
    static constexpr int kFlashMs = 1200;

    explicit ParameterTableModel(QObject *parent = nullptr);

    /// Shows `network`'s parameters and `gradient` (laid out like its parameters; any other
    /// size means "unknown", shown as a dash). A new architecture resets the rows, without flashes.
    void setParameters(const engine::Network &network, const engine::Vector<float> &gradient);
    /// Names the inputs (x₁, x₂, …) after the active features.
    void setFeatures(engine::FeatureSet features);
    /// The colour changed cells flash in (the view passes its palette's highlight).
    void setFlashColor(const QColor &color);

    /// Row of weight (layer, to, from), or of the bias of neuron `to` when from is -1; -1 if none.
    int rowOf(int layer, int to, int from) const;
    /// Index of the row's parameter in Network::parameters().
    int parameterIndex(int row) const { return m_rows[row].index; }
    double value(int row) const { return m_values[row]; }
    bool hasGradient() const { return m_hasGradient; }
    double gradient(int row) const { return m_hasGradient ? m_gradients[row] : 0.0; }
    /// True while the cell (ValueColumn or GradientColumn) is still flashing.
    bool isFlashing(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Re-reads the translated names (the view calls it on a language change).
    void retranslate();

private:
    struct Row {
        int layer = 0;
        int to = 0;
        int from = -1;   ///< -1: the bias of `to`
        int index = 0;   ///< into Network::parameters()
    };
    void rebuild(const engine::Network &network);
    QString layerName(int layer) const;
    QString linkText(const Row &row) const;
    QString tipText(int row) const;
    QString inputName(int input) const;
    /// 0..1: how strongly a cell changed at `since` still glows.
    double glow(qint64 since) const;
    void fade();

    std::vector<Row> m_rows;
    std::vector<double> m_values;
    std::vector<double> m_gradients;
    std::vector<QString> m_valueTexts;
    std::vector<QString> m_gradientTexts;
    std::vector<qint64> m_valueSince;     ///< ms on m_clock when the shown value changed, or -1
    std::vector<qint64> m_gradientSince;
    std::vector<QString> m_linkTexts;
    bool m_hasGradient = false;
    int m_inputs = 0;
    std::vector<engine::LayerSpec> m_layers;
    engine::FeatureSet m_features = engine::kDefaultFeatures;
    QColor m_flashColor;
    QElapsedTimer m_clock;
    QTimer m_fadeTimer;
    int m_flashFirst = -1;  ///< rows that may still glow, for one dataChanged per fade tick
    int m_flashLast = -1;
};
