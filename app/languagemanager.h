#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

/**
 * Owns the translators and switches the interface language at run time.
 *
 * Loads our embedded :/i18n/neural-lessons_<lang>.qm and Qt's own qtbase_<lang>.qm (standard
 * buttons, QCommandLineParser messages) from Qt's translations directory. Installing or removing
 * a translator makes Qt send QEvent::LanguageChange to every widget, which retranslates itself;
 * English is the source language, so it needs no translator at all.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Language codes accepted by setLanguage() and --lang: "en", "zh_CN".
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    /// The supported language closest to the system locale: any Chinese locale gives zh_CN.
    static QString systemLanguage();

    QString language() const { return m_language; }

    /// Returns false (and keeps the current language) for an unsupported code or a missing .qm.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};
