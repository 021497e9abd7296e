#include "learningratebox.h"

#include <QLineEdit>
#include <QLocale>

#include <cmath>

LearningRateBox::LearningRateBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // The default inline completer turns a half-typed "0.0" into "0.00001" on Enter.
    setCompleter(nullptr);
    for (double rate : playgroundRates())
        addItem(format(rate), rate);
    setValue(m_value);
    connect(this, &QComboBox::activated, this, [this](int index) { commitText(itemText(index)); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { commitText(currentText()); });
}

const QList<double> &LearningRateBox::playgroundRates()
{
    static const QList<double> rates{0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    return rates;
}

bool LearningRateBox::parse(const QString &text, double *value, QString *error)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double parsed = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        parsed = QLocale::c().toDouble(trimmed, &ok);
    QString reason;
    if (!ok || !std::isfinite(parsed))
        reason = tr("“%1” is not a number. Type a learning rate such as 0.03.").arg(trimmed);
    else if (parsed <= 0.0)
        reason = tr("The learning rate must be greater than 0; %1 was not accepted.").arg(trimmed);
    else if (parsed > kMaximum)
        reason = tr("The learning rate can be at most %1; %2 was not accepted.").arg(format(kMaximum), trimmed);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    *value = parsed;
    return true;
}

QString LearningRateBox::format(double value)
{
    // Up to 12 decimals covers any sensible rate; below that 'g' avoids printing "0".
    if (value != 0.0 && std::abs(value) < 1e-9)
        return QString::number(value, 'g', 6);
    QString text = QString::number(value, 'f', 12);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

void LearningRateBox::setValue(double value)
{
    m_value = value;
    const int index = findData(value);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(format(value));
}

void LearningRateBox::commitText(const QString &text)
{
    double rate = 0.0;
    if (!parse(text, &rate)) {
        setValue(m_value);
        emit entryRefused(text);
        return;
    }
    if (rate == m_value) {
        setValue(m_value); // normalise what is shown ("0.30" -> "0.3")
        return;
    }
    setValue(rate);
    emit rateChosen(rate);
}
