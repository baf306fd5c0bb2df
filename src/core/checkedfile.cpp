#include "checkedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

// The OS's reason for the write that just failed. Qt reports a short write as success and a
// full disk as "Unknown error"; errno right after an unbuffered write is what the OS said.
QString reasonFor(const QFileDevice &file, int error)
{
    if (error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    const QString qtReason = file.errorString();
    return qtReason.isEmpty() ? QString::fromLocal8Bit(std::strerror(EIO)) : qtReason;
}

} // namespace

Status CheckedFile::write(const QString &path, const QByteArray &bytes)
{
    // A device, a FIFO or a socket (/dev/full, /dev/stdout to a pipe) is written in place: an
    // atomic save would replace the device node with a regular file.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Status::failure(tr("cannot write %1: %2").arg(path, device.errorString()));
        errno = 0;
        const qint64 written = device.write(bytes);
        const int error = errno;
        if (written != bytes.size())
            return Status::failure(tr("cannot write %1: %2").arg(path, reasonFor(device, error)));
        device.close();
        if (device.error() != QFileDevice::NoError)
            return Status::failure(tr("cannot write %1: %2").arg(path, device.errorString()));
        return success();
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    errno = 0;
    const qint64 written = file.write(bytes);
    int error = errno;
    if (written != bytes.size()) {
        file.cancelWriting();
        return Status::failure(tr("cannot write %1: %2").arg(path, reasonFor(file, error)));
    }
    errno = 0;
    if (!file.commit()) {
        error = errno;
        return Status::failure(tr("cannot write %1: %2").arg(path, reasonFor(file, error)));
    }
    return success();
}
