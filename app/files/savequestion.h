#pragma once
/**
 * @file savequestion.h
 * SaveQuestion: "Save the changes?" before the free-play workspace is closed or replaced (quit,
 * File ▸ Open…), with Qt's standard Save / Discard / Cancel buttons, which Qt's own catalogue
 * translates (保存 / 放弃 / 取消). Cancel, the Escape key and closing the box all keep everything
 * as it is. FileMenu holds the question as a function, so a test answers it without a modal box.
 */
#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

class SaveQuestion {
    Q_DECLARE_TR_FUNCTIONS(SaveQuestion)
public:
    enum class Answer { Save, Discard, Cancel };
    /// Asks about the workspace in `fileName` (empty while untitled), over `parent`.
    using Asker = std::function<Answer(QWidget *parent, const QString &fileName)>;

    /// The question as a modal message box (the caller must know the answer before going on).
    static Answer ask(QWidget *parent, const QString &fileName);
};
