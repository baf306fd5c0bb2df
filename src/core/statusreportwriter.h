#pragma once

#include "statussnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

// What `scaling-advisor status` prints: the text for a terminal and the JSON contract
// (docs/cli.md). Text uses the vocabulary of StatusText, the same as the window's banner;
// maintenance windows are listed apart from incidents; bodies keep their paragraphs, wrapped to
// the width; every time carries its zone and its age.
class StatusReportWriter
{
public:
    struct Options
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        QLocale locale;
        int width = 80;      // terminal columns for wrapping
        int maxUpdates = 10; // recent updates listed
    };

    static QString text(const StatusSnapshot &snapshot, const Options &options);
    static QString text(const StatusSnapshot &snapshot) { return text(snapshot, Options()); }
    static QByteArray json(const StatusSnapshot &snapshot);
};
