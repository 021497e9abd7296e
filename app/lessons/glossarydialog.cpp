#include "glossarydialog.h"

#include "markdownlabel.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

GlossaryDialog::GlossaryDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("glossaryDialog"));
    const QJsonArray terms = QJsonDocument::fromJson(readResource(QStringLiteral(":/lessons/glossary/glossary.json")))
                                 .object().value(QStringLiteral("terms")).toArray();
    for (const QJsonValue &term : terms)
        m_ids.append(term.toObject().value(QStringLiteral("id")).toString());
    m_english = LessonText::parse(QString::fromUtf8(readResource(QStringLiteral(":/lessons/glossary/en.md"))));
    m_chinese = LessonText::parse(QString::fromUtf8(readResource(QStringLiteral(":/lessons/glossary/zh_CN.md"))));

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_list->setMaximumWidth(260);
    m_card = new MarkdownLabel;
    m_card->setObjectName(QStringLiteral("glossaryCard"));
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_card, 1);
    resize(760, 460);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::fillList);
    connect(m_list, &QListWidget::currentRowChanged, this, &GlossaryDialog::showCard);
    connect(m_card, &MarkdownLabel::termActivated, this, &GlossaryDialog::showTerm);
    retranslateUi();
}

void GlossaryDialog::setLanguage(const QString &language)
{
    m_language = language;
    const QString current = currentTermId();
    fillList();
    if (!current.isEmpty())
        showTerm(current);
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GlossaryDialog::retranslateUi()
{
    setWindowTitle(tr("Glossary"));
    m_search->setPlaceholderText(tr("Search terms"));
    m_search->setAccessibleName(tr("Search terms"));
    m_list->setAccessibleName(tr("Terms"));
    fillList();
}

void GlossaryDialog::fillList()
{
    const QString current = currentTermId();
    const QString filter = m_search->text().trimmed();
    const LessonText &text = m_language == QLatin1String("zh_CN") ? m_chinese : m_english;
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString &id : m_ids) {
        const QString zh = m_chinese.part(id, QStringLiteral("term"));
        const QString en = m_english.part(id, QStringLiteral("term"));
        if (!filter.isEmpty() && !zh.contains(filter, Qt::CaseInsensitive) && !en.contains(filter, Qt::CaseInsensitive)
            && !text.part(id, QStringLiteral("synonyms")).contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(m_language == QLatin1String("zh_CN") ? zh : en, m_list);
        item->setData(Qt::UserRole, id);
        if (id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCard();
}

bool GlossaryDialog::showTerm(const QString &termId)
{
    if (!m_ids.contains(termId))
        return false;
    m_search->clear();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == termId)
            m_list->setCurrentRow(i);
    showCard();
    return true;
}

QString GlossaryDialog::currentTermId() const
{
    return m_list && m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void GlossaryDialog::showCard()
{
    const QString id = currentTermId();
    if (id.isEmpty()) {
        m_card->setMarkdown(tr("No term matches."));
        return;
    }
    const LessonText &text = m_language == QLatin1String("zh_CN") ? m_chinese : m_english;
    QString card = QStringLiteral("## %1\n\n*%2 · %3*\n\n%4")
                       .arg(text.part(id, QStringLiteral("term")), m_chinese.part(id, QStringLiteral("term")),
                            m_english.part(id, QStringLiteral("term")), text.part(id, QStringLiteral("definition")));
    const QString synonyms = text.part(id, QStringLiteral("synonyms"));
    if (!synonyms.isEmpty())
        card += QStringLiteral("\n\n") + tr("**Also called:** %1").arg(synonyms);
    m_card->setMarkdown(card);
}
