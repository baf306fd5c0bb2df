// Runs every file of the given folders through the fuzz target once: the seed corpus and the
// crash inputs kept as regressions. Any crash or sanitizer report fails the test.
// `--dict=FILE` first checks the target's libFuzzer dictionary as libFuzzer reads it (a line it
// cannot read stops the fuzzer before it starts), and feeds each entry through the target too.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The entries of a dictionary, read as libFuzzer's ParseDictionaryFile does: blank lines and
// '#' comments aside, each line `name="value"` (the name optional) with \\, \" and \xHH escapes.
// False, with the line, on a line libFuzzer refuses.
bool readDictionary(const QString &path, QList<QByteArray> &entries, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_]*(@[0-9]+)?=?\"(.*)\"$"));
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const auto match = form.match(QString::fromLatin1(line));
        if (!match.hasMatch()) {
            error = QStringLiteral("%1:%2: not an entry").arg(path).arg(lineNumber);
            return false;
        }
        const QByteArray value = match.captured(2).toLatin1();
        QByteArray entry;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char c = value[i];
            if (c == '\\' && i + 1 < value.size() &&
                (value[i + 1] == '\\' || value[i + 1] == '"')) {
                entry += value[++i];
            } else if (c == '\\' && i + 3 < value.size() && value[i + 1] == 'x' &&
                       hexDigit(value[i + 2]) >= 0 && hexDigit(value[i + 3]) >= 0) {
                entry += char(hexDigit(value[i + 2]) * 16 + hexDigit(value[i + 3]));
                i += 3;
            } else if (c == '"') {
                error = QStringLiteral("%1:%2: an unescaped quote").arg(path).arg(lineNumber);
                return false;
            } else {
                entry += c;
            }
        }
        if (entry.isEmpty() || entry.size() > 64) { // libFuzzer drops these without a word
            error =
                QStringLiteral("%1:%2: empty or longer than 64 bytes").arg(path).arg(lineNumber);
            return false;
        }
        entries.append(entry);
    }
    if (entries.isEmpty()) {
        error = path + QStringLiteral(": no entry");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    int files = 0;
    int words = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QStringLiteral("--dict="))) {
            QList<QByteArray> entries;
            QString error;
            if (!readDictionary(argument.mid(7), entries, error)) {
                QTextStream(stderr) << "dictionary: " << error << '\n';
                return 1;
            }
            for (const QByteArray &entry : std::as_const(entries))
                LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(entry.constData()),
                                       size_t(entry.size()));
            words += int(entries.size());
            continue;
        }
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++files;
        }
    }
    QTextStream(stdout) << "replayed " << files << " inputs and " << words
                        << " dictionary entries\n";
    return files > 0 ? 0 : 1;
}
