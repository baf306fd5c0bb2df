#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Where a report goes: standard output (no path, or "-"), or a file written atomically
// (QSaveFile), so that a failed run never leaves half a report behind. Every failure carries the
// OS's reason ("No space left on device").
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    static bool isStandardOutput(const QString &path) { return path.isEmpty() || path == u"-"; }
    static Status write(const QString &path, const QByteArray &bytes);
};
