#pragma once
/**
 * @file glossarydialog.h
 * GlossaryDialog: every term of CURRICULUM §6 as a card — the Chinese and English names, a
 * short definition in the current language and the synonyms the seeds use (R11: details on
 * demand). Lesson text opens a card through "term:<id>" links; the list can be searched.
 */
#include "lessontext.h"

#include <QDialog>
#include <QStringList>

class MarkdownLabel;
class QLineEdit;
class QListWidget;

class GlossaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    /// Selects the card of `termId`; false for an unknown id.
    bool showTerm(const QString &termId);
    QStringList termIds() const { return m_ids; }
    QString currentTermId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void showCard();

    QStringList m_ids;
    LessonText m_english;
    LessonText m_chinese;
    QString m_language = QStringLiteral("en");
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    MarkdownLabel *m_card = nullptr;
};
