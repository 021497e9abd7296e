#include "pointslayer.h"

#include "colorscale.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace {
constexpr qreal kFadedOpacity = 0.25;        ///< points that are not the current focus
const QColor kMistake{0xE0, 0x10, 0x30};      ///< misclassified ring: red, away from orange and blue
const QColor kEmphasis{0x20, 0x20, 0x20};     ///< highlighted-sample ring, dark on the light heatmap
const QColor kTestOutline{0x30, 0x30, 0x30};

/**
 * Markers repeat (a few classes times three splits), so each one is rendered once per paint into
 * a small image and blitted: an antialiased ellipse costs ~80,000 instructions, a blit a few
 * thousand, and the layer is redrawn at every report while mistakes are highlighted.
 */
class Sprites {
public:
    explicit Sprites(qreal dpr) : m_dpr(dpr) {}

    static quint64 key(int kind, bool big, const QColor &color)
    {
        return (static_cast<quint64>(kind + 8) << 40) | (static_cast<quint64>(big) << 32) | color.rgba();
    }

    /// Draws sprite `key` centred at `at`, rendering it with paint(painter, centre) the first time.
    /// extent: the sprite's half size in pixels (what paint draws must fit in it).
    template <typename Paint>
    void draw(QPainter &painter, const QPointF &at, quint64 key, qreal extent, Paint paint)
    {
        auto found = m_images.find(key);
        if (found == m_images.end()) {
            const int side = static_cast<int>(std::ceil(2 * extent * m_dpr)) + 2;
            QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(m_dpr);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            const qreal centre = side / (2 * m_dpr);
            paint(p, QPointF(centre, centre));
            found = m_images.emplace(key, image).first;
        }
        const qreal half = found->second.width() / (2 * m_dpr);
        painter.drawImage(QPointF(at.x() - half, at.y() - half), found->second);
    }

private:
    qreal m_dpr;
    std::map<quint64, QImage> m_images;
};

void ring(QPainter &painter, const QPointF &at, qreal radius, qreal width, const QColor &color)
{
    // A thin white halo under the ring keeps it visible on a heatmap of the same hue.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, width * 1.8));
    painter.drawEllipse(at, radius, radius);
    painter.setPen(QPen(color, width));
    painter.drawEllipse(at, radius, radius);
}
} // namespace

PointsLayer::PointsLayer(const DataReport &data, const std::vector<int> &predictions, Options options)
    : m_data(data), m_predictions(predictions), m_options(std::move(options)),
      m_roles(static_cast<std::size_t>(std::max(data.dataset.size(), 0)), Role::None)
{
    const auto mark = [this](const std::vector<int> &samples, Role role) {
        for (int s : samples)
            if (s >= 0 && s < static_cast<int>(m_roles.size()))
                m_roles[static_cast<std::size_t>(s)] = role;
    };
    mark(data.split.train, Role::Train);
    mark(data.split.validation, Role::Validation);
    mark(data.split.test, Role::Test);
}

std::vector<int> PointsLayer::visibleSamples() const
{
    std::vector<int> samples;
    if (!m_data.dataset.isPlanar())
        return samples;
    const auto add = [&](const std::vector<int> &split) {
        for (int s : split)
            if (s >= 0 && s < static_cast<int>(m_roles.size()) && !m_options.hidden.contains(s))
                samples.push_back(s);
    };
    add(m_data.split.train);
    add(m_data.split.validation);
    if (m_options.showTest)
        add(m_data.split.test);
    return samples;
}

bool PointsLayer::isMisclassified(int sample) const
{
    const auto s = static_cast<std::size_t>(sample);
    if (m_data.dataset.classes.size() <= s || m_predictions.size() != m_data.dataset.classes.size())
        return false;
    return m_predictions[s] >= 0 && m_predictions[s] != m_data.dataset.classes[s];
}

int PointsLayer::misclassifiedCount() const
{
    if (!m_options.highlightMisclassified)
        return 0;
    const auto samples = visibleSamples();
    return static_cast<int>(std::count_if(samples.begin(), samples.end(), [this](int s) { return isMisclassified(s); }));
}

int PointsLayer::highlightedCount() const
{
    const auto samples = visibleSamples();
    return static_cast<int>(
        std::count_if(samples.begin(), samples.end(), [this](int s) { return m_options.highlighted.contains(s); }));
}

QColor PointsLayer::color(int sample) const
{
    const auto s = static_cast<std::size_t>(sample);
    if (m_data.dataset.task == engine::Task::Regression && s < static_cast<std::size_t>(m_data.dataset.values.size()))
        return colorscale::valueColor(m_data.dataset.values[sample]);
    if (s < m_data.dataset.classes.size())
        return colorscale::classColor(m_data.dataset.classes[s], m_data.dataset.classCount);
    return colorscale::kNeutral;
}

bool PointsLayer::isFaded(int sample) const
{
    // A clicked confusion-matrix cell is the stronger focus; otherwise the mistakes are.
    if (!m_options.highlighted.isEmpty())
        return !m_options.highlighted.contains(sample);
    return m_options.highlightMisclassified && !isMisclassified(sample);
}

void PointsLayer::paintMarker(QPainter &painter, Role role, const QPointF &at, qreal radius, const QColor &color)
{
    const qreal line = std::max<qreal>(1.0, radius * 0.3);
    switch (role) {
    case Role::Train:
        painter.setPen(QPen(Qt::white, line));
        painter.setBrush(color);
        painter.drawEllipse(at, radius, radius);
        break;
    case Role::Validation:
        ring(painter, at, radius * 0.8, std::max<qreal>(1.5, radius * 0.45), color);
        break;
    case Role::Test:
        painter.setPen(QPen(kTestOutline, line));
        painter.setBrush(color);
        painter.drawRect(QRectF(at.x() - radius * 0.9, at.y() - radius * 0.9, radius * 1.8, radius * 1.8));
        break;
    case Role::None:
        break;
    }
}

void PointsLayer::paint(QPainter &painter, const PlaneMapping &mapping, qreal radius) const
{
    painter.save();
    painter.setClipRect(mapping.plot());
    Sprites sprites(painter.device()->devicePixelRatioF());
    const auto samples = visibleSamples();
    const auto position = [&](int s) {
        return mapping.toWidget(QPointF(m_data.dataset.inputs(0, s), m_data.dataset.inputs(1, s)));
    };
    // Faded points first, so the ones in focus are never covered by them.
    for (bool fadedPass : {true, false}) {
        painter.setOpacity(fadedPass ? kFadedOpacity : 1.0);
        for (int s : samples) {
            if (isFaded(s) != fadedPass)
                continue;
            const Role r = role(s);
            const QColor c = color(s);
            const qreal size = m_options.highlighted.contains(s) ? radius * 1.4 : radius;
            sprites.draw(painter, position(s), Sprites::key(static_cast<int>(r), size != radius, c), size * 1.25 + 1,
                         [&](QPainter &p, const QPointF &at) { paintMarker(p, r, at, size, c); });
        }
    }
    painter.setOpacity(1.0);
    const qreal width = std::max<qreal>(1.5, radius * 0.45);
    for (int s : samples) {
        if (m_options.highlightMisclassified && isMisclassified(s))
            sprites.draw(painter, position(s), Sprites::key(-1, false, kMistake), radius * 1.9 + width * 1.5,
                         [&](QPainter &p, const QPointF &at) { ring(p, at, radius * 1.9, width, kMistake); });
        if (m_options.highlighted.contains(s))
            sprites.draw(painter, position(s), Sprites::key(-2, false, kEmphasis), radius * 2.4 + width * 1.5,
                         [&](QPainter &p, const QPointF &at) { ring(p, at, radius * 2.4, width, kEmphasis); });
    }
    painter.restore();
}

void PointsLayer::paintLegend(QPainter &painter, const QRectF &line, const QPalette &palette) const
{
    if (!m_data.dataset.isPlanar() || m_data.dataset.size() == 0)
        return;
    const QFontMetricsF metrics(painter.font());
    const qreal r = metrics.height() * 0.25;
    const QColor text = palette.color(QPalette::WindowText);
    const QColor sample =
        m_data.dataset.task == engine::Task::Regression ? colorscale::valueColor(0.6) : colorscale::kPositive;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    qreal x = line.left();
    // kind: a marker role, or Role::None for a note (greyed) or a mistake ring (mistake = true).
    const auto item = [&](Role role, const QString &label, bool mistake = false) {
        const bool marked = role != Role::None || mistake;
        const qreal w = (marked ? 3 * r : 0) + metrics.horizontalAdvance(label);
        if (x + w > line.right())
            return;
        const QPointF at(x + r, line.center().y());
        if (mistake)
            ring(painter, at, r, std::max<qreal>(1.5, r * 0.45), kMistake);
        else if (marked)
            paintMarker(painter, role, at, r, sample);
        painter.setPen(marked ? text : palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x + w - metrics.horizontalAdvance(label), line.top(), metrics.horizontalAdvance(label),
                                line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, label);
        x += w + 3 * r;
    };
    item(Role::Train, tr("Training"));
    if (!m_data.split.validation.empty())
        item(Role::Validation, tr("Validation"));
    if (m_options.showTest)
        item(Role::Test, tr("Test"));
    else if (!m_data.split.test.empty())
        item(Role::None, tr("(test data hidden)"));
    if (m_options.highlightMisclassified && !m_data.dataset.classes.empty())
        item(Role::None, tr("%n misclassified", nullptr, misclassifiedCount()), true);
    painter.restore();
}
