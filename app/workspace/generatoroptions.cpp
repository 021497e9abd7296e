#include "generatoroptions.h"

#include "customdata.h"
#include "workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

using engine::DatasetKind;

namespace {
bool usesNoise(DatasetKind k)
{
    return k != DatasetKind::Digits && k != DatasetKind::Custom && k != DatasetKind::RandomLabels;
}

bool usesSamples(DatasetKind k)
{
    return k != DatasetKind::Digits && k != DatasetKind::Custom;
}

QSpinBox *spinBox(QWidget *parent, const char *name, int low, int high, int step)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(low, high);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false); // a finished entry, not every digit, is one undo step
    return spin;
}
} // namespace

GeneratorOptions::GeneratorOptions(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_form(new QFormLayout(this)),
      m_noise(new QSlider(Qt::Horizontal, this)), m_noiseValue(new QLabel(this)),
      m_samples(spinBox(this, "samples", 100, 2000, 50)),
      m_classes(spinBox(this, "classes", 2, CustomData::kMaxClasses, 1)),
      m_positive(spinBox(this, "positiveFraction", 5, 50, 5))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(fontMetrics().height() / 3);
    // Spin boxes keep their natural width; the slider takes the rest of its row.
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_noise->setObjectName(QStringLiteral("noise"));
    m_noise->setRange(0, 50);
    m_noise->setPageStep(5);
    m_positive->setSuffix(QStringLiteral(" %"));
    // The value sits where a spin box's text would (the panel gives it a spin box's width).
    m_noiseValue->setIndent(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    for (int i = 0; i < 4; ++i)
        m_labels.append(new QLabel(this));
    auto *noiseRow = new QHBoxLayout;
    noiseRow->addWidget(m_noise, 1);
    noiseRow->addWidget(m_noiseValue);
    m_form->addRow(m_labels[0], noiseRow);
    m_form->addRow(m_labels[1], m_samples);
    m_form->addRow(m_labels[2], m_classes);
    m_form->addRow(m_labels[3], m_positive);

    connect(m_noise, &QSlider::valueChanged, this, [this](int value) {
        m_noiseValue->setText(tr("%1 %").arg(value));
        if (!m_noise->isSliderDown())
            commitNoise();
    });
    connect(m_noise, &QSlider::sliderReleased, this, &GeneratorOptions::commitNoise);
    connect(m_samples, &QSpinBox::valueChanged, this, [this](int n) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.data.samples = n;
        commit(spec, [n] { return tr("Change the number of samples to %1").arg(n); });
    });
    connect(m_classes, &QSpinBox::valueChanged, this, &GeneratorOptions::commitClasses);
    connect(m_positive, &QSpinBox::valueChanged, this, [this](int percent) {
        WorkspaceSpec spec = m_workspace->spec();
        spec.data.positiveFraction = percent / 100.0;
        commit(spec, [percent] { return tr("Change the positive share to %1 %").arg(percent); });
    });
}

QLabel *GeneratorOptions::label(const QWidget *control) const
{
    const QList<const QWidget *> controls{m_noise, m_samples, m_classes, m_positive};
    const auto index = controls.indexOf(control);
    return index >= 0 ? m_labels[index] : nullptr;
}

void GeneratorOptions::showSpec(const WorkspaceSpec &spec)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_noise), QSignalBlocker(m_samples), QSignalBlocker(m_classes),
                                       QSignalBlocker(m_positive)};
    const DatasetKind kind = spec.data.kind;
    m_noise->setValue(static_cast<int>(std::lround(spec.data.noise)));
    m_noiseValue->setText(tr("%1 %").arg(m_noise->value()));
    m_samples->setValue(spec.data.samples);
    // Blobs need 3 or more classes (two would be "Two blobs"); random and drawn sets may have 2.
    m_classes->setMinimum(kind == DatasetKind::Blobs ? 3 : 2);
    m_classes->setValue(kind == DatasetKind::Custom ? CustomData::classCount(spec) : spec.data.classes);
    m_positive->setValue(static_cast<int>(std::lround(spec.data.positiveFraction * 100)));

    m_form->setRowVisible(0, usesNoise(kind));
    m_form->setRowVisible(m_samples, usesSamples(kind));
    m_form->setRowVisible(m_classes, kind == DatasetKind::Blobs || kind == DatasetKind::RandomLabels
                                         || (kind == DatasetKind::Custom && spec.customTask != engine::Task::Regression));
    m_form->setRowVisible(m_positive, kind == DatasetKind::GaussImbalanced);
}

void GeneratorOptions::retranslateUi()
{
    m_labels[0]->setText(tr("Noise"));
    m_labels[1]->setText(tr("Samples"));
    m_labels[2]->setText(tr("Classes"));
    m_labels[3]->setText(tr("Positive share"));
    m_noiseValue->setText(tr("%1 %").arg(m_noise->value()));
}

void GeneratorOptions::commitNoise()
{
    WorkspaceSpec spec = m_workspace->spec();
    if (spec.data.noise == m_noise->value())
        return;
    spec.data.noise = m_noise->value();
    commit(spec, [noise = m_noise->value()] { return tr("Change noise to %1 %").arg(noise); });
}

void GeneratorOptions::commitClasses(int classes)
{
    WorkspaceSpec spec = m_workspace->spec();
    if (spec.data.kind == DatasetKind::Custom)
        CustomData::setClassCount(spec, classes);
    else
        spec.data.classes = classes;
    commit(spec, [classes] { return tr("Change the number of classes to %1").arg(classes); });
}

void GeneratorOptions::commit(const WorkspaceSpec &spec, Description description)
{
    m_workspace->change(spec, std::move(description));
}
