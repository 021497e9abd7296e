#include "featurespanel.h"

#include "flowlayout.h"
#include "thumbnailrenderer.h"
#include "workspace.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

using engine::Feature;

namespace {
QString symbol(Feature feature)
{
    // Mathematical notation, the same in every language.
    switch (feature) {
    case engine::FeatureX1: return QStringLiteral("x₁");
    case engine::FeatureX2: return QStringLiteral("x₂");
    case engine::FeatureX1Squared: return QStringLiteral("x₁²");
    case engine::FeatureX2Squared: return QStringLiteral("x₂²");
    case engine::FeatureX1TimesX2: return QStringLiteral("x₁x₂");
    case engine::FeatureSinX1: return QStringLiteral("sin x₁");
    case engine::FeatureSinX2: return QStringLiteral("sin x₂");
    }
    return {};
}

bool isPlanar(const WorkspaceSpec &spec)
{
    return spec.data.kind != engine::DatasetKind::Digits;
}
} // namespace

FeaturesPanel::FeaturesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_message(new QLabel(this))
{
    auto *column = new QVBoxLayout(this);
    auto *flow = new FlowLayout;
    flow->setContentsMargins(0, 0, 0, 0);
    for (Feature feature : features()) {
        auto *button = new QToolButton(this);
        button->setObjectName(controlId(feature));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setText(symbol(feature));
        flow->addWidget(button);
        m_buttons.append(button);
        m_locks.add(button);
        connect(button, &QToolButton::clicked, this, [this, feature](bool checked) { onClicked(feature, checked); });
    }
    column->addLayout(flow);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();
    column->addWidget(m_message);
    column->addStretch(1);
    updateIcons();
    updateFromSpec(workspace->spec());
    connect(workspace, &Workspace::specChanged, this, [this](const WorkspaceSpec &spec) {
        m_refused = false; // any change (undo, another panel) ends the refusal note
        updateFromSpec(spec);
    });
}

const QList<Feature> &FeaturesPanel::features()
{
    static const QList<Feature> all{engine::FeatureX1,        engine::FeatureX2,    engine::FeatureX1Squared,
                                    engine::FeatureX2Squared, engine::FeatureX1TimesX2, engine::FeatureSinX1,
                                    engine::FeatureSinX2};
    return all;
}

QString FeaturesPanel::controlId(Feature feature)
{
    return QStringLiteral("feature.") + QLatin1String(engine::featureId(feature));
}

QToolButton *FeaturesPanel::button(Feature feature) const
{
    const auto index = features().indexOf(feature);
    return index >= 0 ? m_buttons[index] : nullptr;
}

void FeaturesPanel::setControlEnabled(const QString &id, bool enabled)
{
    for (Feature feature : features())
        if (id == QLatin1String("features") || id == controlId(feature))
            m_locks.setLocked(controlId(feature), !enabled);
    m_locks.apply();
}

QString FeaturesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FeaturesPanel::onClicked(Feature feature, bool checked)
{
    WorkspaceSpec spec = m_workspace->spec();
    const engine::FeatureSet next = checked ? spec.features | feature : spec.features & ~feature;
    if (engine::featureCount(next) == 0) {
        // The network needs an input: keep the button on and say why.
        button(feature)->setChecked(true);
        m_refused = true;
        updateFromSpec(spec);
        QToolTip::showText(button(feature)->mapToGlobal(button(feature)->rect().center()), m_message->text(),
                           button(feature));
        return;
    }
    spec.features = next;
    m_workspace->change(spec, [checked, feature] {
        return (checked ? tr("Turn on the input %1") : tr("Turn off the input %1")).arg(symbol(feature));
    });
}

void FeaturesPanel::updateFromSpec(const WorkspaceSpec &spec)
{
    const bool planar = isPlanar(spec);
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons[i]->setChecked((spec.features & features()[i]) != 0);
        m_locks.setApplicable(m_buttons[i], planar);
    }
    retranslateUi();
    if (!planar)
        showMessage(tr("Features apply to 2-D data only: the digits use their 64 pixels as inputs."));
    else
        showMessage(m_refused ? tr("At least one input feature must stay on.") : QString());
}

void FeaturesPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FeaturesPanel::updateIcons()
{
    const int side = fontMetrics().height() * 5 / 2;
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_buttons.size(); ++i) {
        const QImage image = ThumbnailRenderer::feature(features()[i], static_cast<int>(std::lround(side * ratio)));
        // Off is drawn faded into the window colour, as the Playground dims unused inputs.
        QImage faded(image.size(), QImage::Format_RGB32);
        faded.fill(palette().color(QPalette::Window));
        QPainter painter(&faded);
        painter.setOpacity(0.35);
        painter.drawImage(0, 0, image);
        painter.end();
        QIcon icon;
        for (const auto &[picture, state] : {std::pair{image, QIcon::On}, std::pair{faded, QIcon::Off}}) {
            QPixmap pixmap = QPixmap::fromImage(picture);
            pixmap.setDevicePixelRatio(ratio);
            icon.addPixmap(pixmap, QIcon::Normal, state);
        }
        m_buttons[i]->setIcon(icon);
        m_buttons[i]->setIconSize(QSize(side, side));
    }
}

void FeaturesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateFromSpec(m_workspace->spec());
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateIcons();
    QWidget::changeEvent(event);
}

void FeaturesPanel::retranslateUi()
{
    const bool planar = isPlanar(m_workspace->spec());
    const QString tips[] = {tr("x₁: the horizontal coordinate of the point"),
                            tr("x₂: the vertical coordinate of the point"),
                            tr("x₁²: large far left and far right, small in the middle"),
                            tr("x₂²: large far up and far down, small in the middle"),
                            tr("x₁x₂: positive in the top-right and bottom-left quarters, negative in the others"),
                            tr("sin x₁: stripes that repeat from left to right"),
                            tr("sin x₂: stripes that repeat from bottom to top")};
    for (int i = 0; i < m_buttons.size(); ++i) {
        const QString tip = tips[i] + QLatin1Char('\n')
                            + (m_buttons[i]->isChecked() ? tr("On: the network gets this input. Click to remove it.")
                                                         : tr("Off. Click to give the network this input."));
        m_locks.setToolTip(m_buttons[i], planar ? tip : tr("Features apply to 2-D data only"));
    }
    m_locks.apply();
}
