#include "sidebysidetitle.h"

#include "learningratebox.h"

#include <QRegularExpression>
#include <QStringList>

QString SideBySideTitle::text(const QString &id, const WorkspaceSpec &spec)
{
    return tr("%1 · lr %2 · %3")
        .arg(id, LearningRateBox::format(spec.training.optimizer.learningRate), hiddenText(spec.network.hidden));
}

QString SideBySideTitle::hiddenText(const std::vector<int> &hidden)
{
    if (hidden.empty())
        return tr("no hidden layer");
    QStringList sizes;
    for (int units : hidden)
        sizes.append(QString::number(units));
    return sizes.join(QLatin1Char('-'));
}

bool SideBySideTitle::parseHidden(const QString &text, std::vector<int> *hidden)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,，;-]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    std::vector<int> sizes;
    for (const QString &part : parts) {
        bool ok = false;
        const int units = part.toInt(&ok);
        if (!ok || units < 1 || units > 8)
            return false;
        sizes.push_back(units);
    }
    if (sizes.size() > 6)
        return false;
    *hidden = sizes;
    return true;
}
