#include "outputfile.h"

#include "console.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    if (isStandardOutput(path)) {
        Console::out(bytes);
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return success();
}
