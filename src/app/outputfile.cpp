#include "outputfile.h"

#include "checkedfile.h"
#include "console.h"

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    if (isStandardOutput(path))
        return Console::out(bytes);
    return CheckedFile::write(path, bytes);
}
