#include "languagechooser.h"

#include "logging.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// "fr_FR.UTF-8@euro" → "fr_FR"; "de-CH" → "de_CH".
QString localeName(QString value)
{
    value = value.trimmed();
    for (const QChar cut : {u'.', u'@'}) {
        const qsizetype at = value.indexOf(cut);
        if (at >= 0)
            value.truncate(at);
    }
    value.replace(u'-', u'_');
    return value;
}

bool isUntranslated(const QString &name)
{
    return name.isEmpty() || name == u"C"_s || name == u"POSIX"_s;
}

QString languageOf(const QString &name)
{
    return name.section(u'_', 0, 0).toLower();
}

// The locale for numbers and dates: `name` if it is a locale of `language`, else the language's
// usual one (fr → fr_FR, de → de_DE, en → en_US).
QLocale localeFor(const QString &language, const QString &name)
{
    const QLocale generic(language);
    if (!name.isEmpty() && languageOf(name) == language) {
        const QLocale specific(name);
        if (specific.language() == generic.language())
            return specific;
    }
    return generic;
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// The translators this process installed last, so that a second call replaces them.
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replaceTranslator(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot.data();
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

QStringList LanguageChooser::shippedLanguages()
{
    return {u"en"_s, u"fr"_s, u"de"_s};
}

QString LanguageChooser::translationFile(const QString &language)
{
    return u":/i18n/scaling-advisor_"_s + language + u".qm"_s;
}

Result<QLocale> LanguageChooser::choose(const QString &explicitChoice,
                                        const QProcessEnvironment &environment)
{
    const QStringList shipped = shippedLanguages();
    if (!explicitChoice.trimmed().isEmpty()) {
        const QString name = localeName(explicitChoice);
        const QString language = languageOf(name);
        if (!shipped.contains(language))
            return Result<QLocale>::failure(tr("unknown language '%1': choose one of %2")
                                                .arg(explicitChoice, shipped.join(u", "_s)));
        return localeFor(language, name);
    }

    QString messages;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = localeName(environment.value(QString::fromLatin1(variable)));
        if (!messages.isEmpty())
            break;
    }
    if (isUntranslated(messages))
        return english();

    const QString list = environment.value(u"LANGUAGE"_s).trimmed();
    if (!list.isEmpty()) {
        for (const QString &entry : list.split(u':', Qt::SkipEmptyParts)) {
            const QString name = localeName(entry);
            const QString language = languageOf(name);
            if (!shipped.contains(language))
                continue;
            return localeFor(language, name.contains(u'_') ? name : messages);
        }
        return english();
    }

    const QString language = languageOf(messages);
    if (!shipped.contains(language))
        return english();
    return localeFor(language, messages);
}

Result<QLocale> LanguageChooser::install(const QString &explicitChoice)
{
    if (!QCoreApplication::instance())
        return Result<QLocale>::failure(u"LanguageChooser::install needs a QCoreApplication"_s);
    Result<QLocale> chosen = choose(explicitChoice);
    if (!chosen)
        return chosen;
    const QLocale locale = chosen.value();
    const QString language = languageOf(locale.name());

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(translationFile(language))) {
        qCWarning(lcCore) << "no translation embedded for" << language;
        delete own;
        own = nullptr;
    }
    replaceTranslator(ownTranslator(), own);

    // Qt's own strings (standard buttons, file dialogs), when the system has them
    // (qt6-translations-l10n). English needs none.
    QTranslator *qt = nullptr;
    if (language != u"en"_s) {
        qt = new QTranslator(QCoreApplication::instance());
        if (!qt->load(locale, u"qtbase"_s, u"_"_s,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    replaceTranslator(qtTranslator(), qt);

    QLocale::setDefault(locale);
    return locale;
}
