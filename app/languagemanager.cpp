#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace {
const QString English = QStringLiteral("en");
const QString SimplifiedChinese = QStringLiteral("zh_CN");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    // QCoreApplication keeps raw pointers to installed translators: take them out before they die.
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {English, SimplifiedChinese};
}

bool LanguageManager::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? SimplifiedChinese : English;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return false;
    if (language == m_language)
        return true;

    // Load before removing anything, so a missing file leaves the current language intact.
    std::unique_ptr<QTranslator> appTranslator;
    std::unique_ptr<QTranslator> qtTranslator;
    if (language != English) {
        appTranslator = std::make_unique<QTranslator>();
        if (!appTranslator->load(QStringLiteral("neural-lessons_") + language, QStringLiteral(":/i18n"))) {
            qWarning("LanguageManager: no embedded translation for %s", qPrintable(language));
            return false;
        }
        // Qt's own strings are a nicety: without qt6-translations-l10n they simply stay English.
        qtTranslator = std::make_unique<QTranslator>();
        if (!qtTranslator->load(QStringLiteral("qtbase_") + language,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qtTranslator.reset();
    }

    removeTranslators();
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());

    m_language = language;
    // Numbers and dates formatted with QLocale() then follow the interface language.
    QLocale::setDefault(QLocale(language));
    emit languageChanged(language);
    return true;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}
