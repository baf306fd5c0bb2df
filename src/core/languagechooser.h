#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QStringList>

// The language of every message, finding and report, and the locale of their numbers and dates.
//
// An explicit choice wins (`--language`, the window's setting): "fr", "de", "en", optionally with a
// territory ("de_CH", "fr-CA"). Otherwise the environment decides the way gettext reads it, so that
// the tool speaks the language of the rest of the desktop:
//   - the messages locale is the first non-empty of LC_ALL, LC_MESSAGES, LANG;
//   - when it is unset, "C" or "POSIX" (as in `LC_ALL=C tool`, the usual way to ask for
//     untranslated output), the answer is English and LANGUAGE is ignored;
//   - otherwise LANGUAGE, a colon-separated list ("fr_CA:fr:en"), is tried in order, and the first
//     shipped language wins; a LANGUAGE naming no shipped language means English;
//   - without LANGUAGE, the messages locale's language if shipped, else English.
// Numbers and dates follow the chosen language, with the territory of the choice or of the
// messages locale when it is the same language (LANG=de_AT.UTF-8 → German, Austrian numbers).
class LanguageChooser
{
    Q_DECLARE_TR_FUNCTIONS(LanguageChooser)

public:
    // The languages with a translation, as ISO 639-1 codes: "en", "fr", "de".
    static QStringList shippedLanguages();

    // The locale to use, without installing anything. explicitChoice empty: the environment.
    // Fails only for an explicit choice that is not a shipped language.
    static Result<QLocale>
    choose(const QString &explicitChoice,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // choose(), then installs our translator for that language (English too: its plural forms)
    // and Qt's own (qtbase, where the system has it) on the running QCoreApplication, replacing
    // those an earlier call installed, and makes the locale the default (QLocale()).
    // Returns the locale for numbers and dates, e.g. for ReportOptions::locale.
    // Needs a QCoreApplication; fails without one, or for an unknown explicit choice (then the
    // translators in place are left as they are).
    static Result<QLocale> install(const QString &explicitChoice = {});

    // ":/i18n/scaling-advisor_<language>.qm", where the build embeds our translations.
    static QString translationFile(const QString &language);
};
