#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <limits>
#include <optional>

class JsonReader;

// A value inside a JSON document together with where it is. Reading a node with the wrong type
// records one error on its JsonReader, naming the path and the problem
// ("objects[3].services[0].instance_count: expected a number, got a string"), and returns a
// neutral value, so that readers are written straight through and check JsonReader::ok() once.
//
// A node refers to its parent for the path: keep parents alive while children are used (the
// natural nesting of a reader function does).
class JsonNode
{
public:
    bool isMissing() const { return m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }
    bool isMissingOrNull() const { return isMissing() || isNull(); }
    const QJsonValue &value() const { return m_value; }
    QString path() const;

    // Object access. On a value that is not an object this records an error.
    JsonNode field(QLatin1StringView key) const;
    bool has(QLatin1StringView key) const;

    // Array access. array() checks the type; null and missing read as an empty array when
    // allowed, because real feeds send null for empty lists.
    enum class Absent
    {
        Error,
        Empty
    };
    int size() const;
    JsonNode at(int index) const;
    bool checkArray(Absent absent = Absent::Error) const;
    bool checkObject() const;

    QString string() const;
    QString optionalString(const QString &fallback = {}) const;
    // A string that must be one of the allowed words.
    QString oneOf(const QStringList &allowed) const;
    QString optionalOneOf(const QStringList &allowed, const QString &fallback) const;
    qint64 integer(qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max()) const;
    qint64 optionalInteger(qint64 fallback, qint64 min = 0,
                           qint64 max = std::numeric_limits<qint64>::max()) const;
    bool boolean() const;
    bool optionalBoolean(bool fallback) const;
    // ISO 8601, with "Z", an offset such as "-07:00", or milliseconds; returned in UTC.
    QDateTime timestamp() const;
    QDateTime optionalTimestamp() const;
    QStringList stringList(Absent absent = Absent::Empty) const;

    // Records a problem about this node ("must be odd") on the reader.
    void fail(const QString &problem) const;

private:
    friend class JsonReader;
    JsonNode(JsonReader *reader, const JsonNode *parent, QLatin1StringView key, int index,
             QJsonValue value);
    bool expect(QJsonValue::Type type) const;

    JsonReader *m_reader = nullptr;
    const JsonNode *m_parent = nullptr;
    QLatin1StringView m_key;
    int m_index = -1;
    QJsonValue m_value;
};

class JsonReader
{
public:
    // Payloads above this are refused before parsing.
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;

    // Parses a whole document. `what` names it in errors ("platform answer", "snapshot").
    static Result<QJsonDocument> parse(const QByteArray &bytes, const QString &what,
                                       qint64 maxBytes = defaultMaxBytes);

    explicit JsonReader(const QJsonDocument &document);
    explicit JsonReader(const QJsonValue &value);

    JsonNode root() const
    {
        return JsonNode(const_cast<JsonReader *>(this), nullptr, {}, -1, m_root);
    }
    bool ok() const { return m_error.isEmpty(); }
    // The first problem met, as "path: problem".
    const QString &error() const { return m_error; }
    void fail(const QString &path, const QString &problem);

    static QString typeName(const QJsonValue &value); // "a string", "null", …

private:
    QJsonValue m_root;
    QString m_error;
};
