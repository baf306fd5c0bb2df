#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A file written whole or not at all (QSaveFile), every failure with the OS's reason ("No space
// left on device"). A device, FIFO or socket is written in place, never replaced by a file.
class CheckedFile
{
    Q_DECLARE_TR_FUNCTIONS(CheckedFile)

public:
    static Status write(const QString &path, const QByteArray &bytes);
};
