#include "markdownlabel.h"

#include <QDesktopServices>
#include <QUrl>

MarkdownLabel::MarkdownLabel(const QString &markdown, QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::MarkdownText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("term:")))
            emit termActivated(link.mid(5));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    setMarkdown(markdown);
}

void MarkdownLabel::setMarkdown(const QString &markdown)
{
    setText(markdown);
    setVisible(!markdown.trimmed().isEmpty());
}
