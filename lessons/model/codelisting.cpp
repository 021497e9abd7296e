#include "codelisting.h"

#include <algorithm>

QString CodeListing::text() const
{
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList CodeListing::anchors() const
{
    QStringList names = m_anchors.keys();
    std::stable_sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        return m_anchors.value(a).first < m_anchors.value(b).first;
    });
    return names;
}

void CodeListing::add(const QString &line, const QString &anchor)
{
    m_lines.append(line);
    if (!anchor.isEmpty())
        mark(anchor, lineCount(), lineCount());
}

void CodeListing::add(const QStringList &lines, const QString &anchor)
{
    if (lines.isEmpty())
        return;
    const int first = nextLine();
    m_lines.append(lines);
    if (!anchor.isEmpty())
        mark(anchor, first, lineCount());
}

void CodeListing::mark(const QString &anchor, int first, int last)
{
    const auto found = m_anchors.constFind(anchor);
    if (found == m_anchors.constEnd()) {
        m_anchors.insert(anchor, Range{first, last});
        return;
    }
    m_anchors[anchor] = Range{std::min(found->first, first), std::max(found->last, last)};
}
