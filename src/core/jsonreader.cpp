#include "jsonreader.h"

#include <QCoreApplication>

#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

// ---- JsonReader ----------------------------------------------------------------------------

Result<QJsonDocument> JsonReader::parse(const QByteArray &bytes, const QString &what,
                                        qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return Result<QJsonDocument>::failure(
            QCoreApplication::translate("JsonReader", "%1: %2 bytes is more than the %3-byte limit")
                .arg(what, QString::number(bytes.size()), QString::number(maxBytes)));
    if (bytes.trimmed().isEmpty())
        return Result<QJsonDocument>::failure(
            QCoreApplication::translate("JsonReader", "%1: empty, expected JSON").arg(what));
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<QJsonDocument>::failure(
            QCoreApplication::translate("JsonReader", "%1: malformed JSON at byte %2: %3")
                .arg(what, QString::number(parseError.offset), parseError.errorString()));
    return doc;
}

JsonReader::JsonReader(const QJsonDocument &document)
    : m_root(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()))
{
    if (document.isNull())
        m_root = QJsonValue();
}

JsonReader::JsonReader(const QJsonValue &value)
    : m_root(value)
{}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = (path.isEmpty() ? QCoreApplication::translate("JsonReader", "document") : path) +
                  u": "_s + problem;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("JsonReader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonReader", "nothing");
}

// ---- JsonNode ------------------------------------------------------------------------------

JsonNode::JsonNode(JsonReader *reader, const JsonNode *parent, QLatin1StringView key, int index,
                   QJsonValue value)
    : m_reader(reader)
    , m_parent(parent)
    , m_key(key)
    , m_index(index)
    , m_value(std::move(value))
{}

QString JsonNode::path() const
{
    QString prefix = m_parent ? m_parent->path() : QString();
    if (m_index >= 0)
        return prefix + u'[' + QString::number(m_index) + u']';
    if (!m_key.isEmpty())
        return prefix.isEmpty() ? QString(m_key) : prefix + u'.' + m_key;
    return prefix;
}

void JsonNode::fail(const QString &problem) const
{
    if (m_reader->ok()) // building the path costs; only the first error is kept anyway
        m_reader->fail(path(), problem);
}

bool JsonNode::expect(QJsonValue::Type type) const
{
    if (m_value.type() == type)
        return true;
    if (isMissing()) {
        fail(QCoreApplication::translate("JsonReader", "missing"));
        return false;
    }
    QJsonValue sample;
    switch (type) {
    case QJsonValue::Bool:
        sample = false;
        break;
    case QJsonValue::Double:
        sample = 0;
        break;
    case QJsonValue::String:
        sample = u""_s;
        break;
    case QJsonValue::Array:
        sample = QJsonArray();
        break;
    case QJsonValue::Object:
        sample = QJsonObject();
        break;
    default:
        break;
    }
    fail(QCoreApplication::translate("JsonReader", "expected %1, got %2")
             .arg(JsonReader::typeName(sample), JsonReader::typeName(m_value)));
    return false;
}

bool JsonNode::checkObject() const
{
    return expect(QJsonValue::Object);
}

JsonNode JsonNode::field(QLatin1StringView key) const
{
    if (!m_value.isObject()) {
        expect(QJsonValue::Object);
        return JsonNode(m_reader, this, key, -1, QJsonValue(QJsonValue::Undefined));
    }
    return JsonNode(m_reader, this, key, -1, m_value.toObject().value(key));
}

bool JsonNode::has(QLatin1StringView key) const
{
    return m_value.isObject() && m_value.toObject().contains(key);
}

bool JsonNode::checkArray(Absent absent) const
{
    if (absent == Absent::Empty && isMissingOrNull())
        return true;
    return expect(QJsonValue::Array);
}

int JsonNode::size() const
{
    return m_value.isArray() ? int(m_value.toArray().size()) : 0;
}

JsonNode JsonNode::at(int index) const
{
    return JsonNode(m_reader, this, {}, index, m_value.toArray().at(index));
}

QString JsonNode::string() const
{
    return expect(QJsonValue::String) ? m_value.toString() : QString();
}

QString JsonNode::optionalString(const QString &fallback) const
{
    return isMissingOrNull() ? fallback : string();
}

QString JsonNode::oneOf(const QStringList &allowed) const
{
    const QString s = string();
    if (m_reader->ok() && !allowed.contains(s)) {
        fail(QCoreApplication::translate("JsonReader", "\"%1\" is not one of %2")
                 .arg(s, allowed.join(u", "_s)));
        return {};
    }
    return s;
}

QString JsonNode::optionalOneOf(const QStringList &allowed, const QString &fallback) const
{
    return isMissingOrNull() ? fallback : oneOf(allowed);
}

qint64 JsonNode::integer(qint64 min, qint64 max) const
{
    if (!expect(QJsonValue::Double))
        return 0;
    const double d = m_value.toDouble();
    // 2^53: beyond it a double no longer holds every integer.
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
        fail(QCoreApplication::translate("JsonReader", "expected an integer, got %1").arg(d));
        return 0;
    }
    const auto n = qint64(d);
    if (n < min) {
        fail(QCoreApplication::translate("JsonReader", "must be at least %1, got %2")
                 .arg(min)
                 .arg(n));
        return 0;
    }
    if (n > max) {
        fail(QCoreApplication::translate("JsonReader", "must be at most %1, got %2")
                 .arg(max)
                 .arg(n));
        return 0;
    }
    return n;
}

qint64 JsonNode::optionalInteger(qint64 fallback, qint64 min, qint64 max) const
{
    return isMissingOrNull() ? fallback : integer(min, max);
}

bool JsonNode::boolean() const
{
    return expect(QJsonValue::Bool) && m_value.toBool();
}

bool JsonNode::optionalBoolean(bool fallback) const
{
    return isMissingOrNull() ? fallback : boolean();
}

QDateTime JsonNode::timestamp() const
{
    const QString s = string();
    if (!m_reader->ok())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        fail(QCoreApplication::translate("JsonReader", "\"%1\" is not an ISO 8601 date and time")
                 .arg(s));
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the platform speaks UTC
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

QDateTime JsonNode::optionalTimestamp() const
{
    return isMissingOrNull() ? QDateTime() : timestamp();
}

QStringList JsonNode::stringList(Absent absent) const
{
    QStringList out;
    if (!checkArray(absent))
        return out;
    const int n = size();
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(at(i).string());
    return out;
}
