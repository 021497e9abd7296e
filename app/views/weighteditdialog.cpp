#include "weighteditdialog.h"

#include "networktext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

WeightEditDialog::WeightEditDialog(QWidget *parent)
    : QDialog(parent)
    , m_description(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("weightEditDialog"));
    m_edit->setObjectName(QStringLiteral("weightEdit"));
    m_error->setObjectName(QStringLiteral("weightEditError"));
    m_description->setWordWrap(true);
    // Wrapped labels take their height from their width: give them a readable one.
    m_description->setMinimumWidth(36 * fontMetrics().averageCharWidth());
    m_error->setMinimumWidth(m_description->minimumWidth());
    m_error->setWordWrap(true);
    m_error->hide();
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_prompt->setBuddy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(m_prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WeightEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WeightEditDialog::reject);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { showProblem(Problem::None); });
    retranslateUi();
}

void WeightEditDialog::setParameter(bool bias, const QString &description, double value)
{
    m_bias = bias;
    m_description->setText(description);
    m_edit->setText(NetworkText::value(value));
    m_edit->selectAll();
    m_problem = Problem::None;
    retranslateUi();
}

bool WeightEditDialog::parse(const QString &text, double &value)
{
    QString cleaned = text.trimmed();
    cleaned.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign the app itself displays
    cleaned.replace(QChar(0xFF0E), QLatin1Char('.')); // full-width full stop from a Chinese IME
    cleaned.replace(QChar(0xFF0D), QLatin1Char('-')); // full-width hyphen-minus
    bool ok = false;
    double parsed = QLocale::c().toDouble(cleaned, &ok);
    if (!ok)
        parsed = QLocale().toDouble(cleaned, &ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    value = parsed;
    return true;
}

void WeightEditDialog::accept()
{
    double value = 0.0;
    if (!parse(m_edit->text(), value))
        return showProblem(Problem::NotANumber);
    if (std::abs(value) > kLimit)
        return showProblem(Problem::OutOfRange);
    emit valueAccepted(value);
    QDialog::accept();
}

void WeightEditDialog::showProblem(Problem problem)
{
    m_problem = problem;
    switch (problem) {
    case Problem::None:
        m_error->clear();
        break;
    case Problem::NotANumber:
        m_error->setText(tr("\"%1\" is not a number. Type a value such as 0.25 or -1.5.").arg(m_edit->text().trimmed()));
        break;
    case Problem::OutOfRange:
        m_error->setText(tr("Type a value between %1 and %2.").arg(-kLimit).arg(kLimit));
        break;
    }
    m_error->setToolTip(m_error->text());
    m_error->setVisible(problem != Problem::None);
    adjustSize(); // room for the message, or none
    if (problem != Problem::None)
        m_edit->setFocus();
}

void WeightEditDialog::retranslateUi()
{
    setWindowTitle(m_bias ? tr("Change a bias") : tr("Change a weight"));
    setToolTip(windowTitle());
    setAccessibleName(windowTitle());
    m_prompt->setText(tr("New &value:"));
    m_edit->setToolTip(tr("Type the new value and press Enter; Esc keeps the old one."));
    m_edit->setAccessibleName(tr("New value"));
    m_description->setAccessibleName(tr("Which parameter"));
    m_error->setAccessibleName(tr("Input error"));
    m_description->setToolTip(m_description->text());
    m_prompt->setToolTip(m_edit->toolTip());
    m_buttons->setToolTip(m_edit->toolTip());
    m_buttons->setAccessibleName(tr("Confirm or cancel"));
    showProblem(m_problem);
}

void WeightEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
