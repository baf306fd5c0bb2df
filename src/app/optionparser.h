#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// One option a command knows: "--name VALUE" (or "--name=VALUE"), or a flag when valueName is
// empty.
struct OptionSpec
{
    QString name;      // without the leading dashes
    QString valueName; // empty: a flag without a value
    QString help;
};

// The options found on a command line, in the order given; error is set on a usage error.
struct ParsedOptions
{
    QHash<QString, QString> values; // a flag's value is "1"
    QStringList order;
    QString error; // non-empty: a usage error, for stderr

    bool ok() const { return error.isEmpty(); }
    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

// The one way both executables read their options: "--name VALUE" and "--name=VALUE", "-h" for
// "--help", no option twice, no positional argument, and a hint instead of an echo when someone
// tries to pass a secret. Pure: reads no environment and touches no file.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)

public:
    static ParsedOptions parse(const std::vector<OptionSpec> &options,
                               const QStringList &arguments);

    // "  --name VALUE   help…" lines, wrapped at 100 columns.
    static QString formatOptions(const std::vector<OptionSpec> &options);
    // Word-wraps text, indenting continuation lines; firstLineUsed: columns already used.
    static QString wrap(const QString &text, int indent, int firstLineUsed = -1, int width = 100);

    static bool looksLikeSecretOption(const QString &name);
    static QString secretHint();
};
