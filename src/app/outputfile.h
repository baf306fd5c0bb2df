#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Where a report goes: standard output (no path, or "-"), or a file written atomically, so that
// a failed run never leaves half a report behind.
class OutputFile
{
public:
    static bool isStandardOutput(const QString &path) { return path.isEmpty() || path == u"-"; }
    static Status write(const QString &path, const QByteArray &bytes);
};
