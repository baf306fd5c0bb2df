#include "outputfile.h"

#include "console.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    if (isStandardOutput(path))
        return Console::out(bytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    errno = 0;
    if (file.write(bytes) == bytes.size() && file.commit())
        return success();
    // QSaveFile keeps the device's message, which for a full disk can be a bare "Unknown error";
    // the errno of the failed write or close is the OS's own reason.
    const int error = errno;
    QString reason = file.errorString();
    if (error != 0 && (reason.isEmpty() || reason.contains(u"Unknown error")))
        reason = QString::fromLocal8Bit(std::strerror(error));
    return Status::failure(tr("cannot write %1: %2").arg(path, reason));
}
